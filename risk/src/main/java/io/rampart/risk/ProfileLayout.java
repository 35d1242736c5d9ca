package io.rampart.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where each part of a {@link Profile} lives in its byte array (format version 3), and the
 * primitive reads and in-place writes on it. Every part has a fixed offset and a fixed capacity, so
 * every profile takes exactly {@link #BYTES} bytes and an event changes it in place. Little-endian
 * throughout; read through {@link VarHandle} views, which compile to plain loads.
 *
 * <pre>
 *   0    version (3)
 *   1    eleven sizes, one byte each: the ten sets, the amounts
 *   12   first seen, last activity, last new device (epoch minutes, int)
 *   24   last location: latitude, longitude (float), epoch second (long, MIN_VALUE: none)
 *   40   24 hour counts (unsigned byte)
 *   64   newest failed sign-in, newest withdrawal (epoch minutes, int): the windows' heads
 *   72   windows, rings indexed by bucket modulo their length, relative to their head:
 *        failed sign-ins   12 x 5 min, count (unsigned byte, stops at 255)
 *        withdrawals hour  12 x 5 min, count
 *        withdrawals day   12 x 2 h, count, then 12 sums (US cents, unsigned int, stops at 2^32-1)
 *        withdrawals week  7 x 1 day, sum
 *   184  amounts: 4 x (asset fingerprint (int), samples (unsigned short), mean, variance (float))
 *   240  the sets, most recently seen first, each entry: key, then the last-seen minute (int) if
 *        the set keeps one, then the count (unsigned short, stops at 65,535) if it keeps one
 * </pre>
 *
 * <p>Set keys are the {@link FeatureKey}s, whole (8 bytes) where an attacker may know the owner's
 * value and can present many values of his own but not that one: IPs (an IPv6 /64 holds 2^64
 * addresses) and withdrawal addresses (public on chain, generated at will). A 32-bit fingerprint
 * there could be matched offline in about 2^32 tries. The others keep the low 32 bits: a device id,
 * user agent or its parts are values the client states, so an attacker who knows the owner's can
 * state it outright and gains nothing from a collision, and one who does not cannot aim at it
 * offline; ASNs, countries and assets are small, not chosen freely by the attacker. The security
 * changes are keyed by {@link SecuritySetting#ordinal()} in one byte.
 */
final class ProfileLayout {
  static final int VERSION = 3;

  static final int DEVICE_SET = 0;
  static final int IP_SET = 1;
  static final int ASN_SET = 2;
  static final int COUNTRY_SET = 3;
  static final int AGENT_SET = 4;
  static final int BROWSER_SET = 5;
  static final int OS_SET = 6;
  static final int USED_SET = 7;
  static final int ADDED_SET = 8;
  static final int SECURITY_SET = 9;
  static final int SETS = 10;

  /** Entries each set may hold. */
  static final int[] CAPACITY = {5, 4, 4, 3, 3, 2, 2, 6, 3, SecuritySetting.values().length};

  /** Bytes of each set's keys. */
  static final int[] KEY_BYTES = {4, 8, 4, 4, 4, 4, 4, 8, 8, 1};

  /** Whether each set keeps the minute each value was last seen (the rules read it). */
  static final boolean[] TIMED = {
    false, false, false, false, false, false, false, false, true, true
  };

  /** Whether each set counts sightings (the rules compare them). */
  static final boolean[] COUNTED = {true, true, true, true, true, true, true, false, false, false};

  static final int SIZES = 1;
  static final int AMOUNT_SIZE = SIZES + SETS;
  static final int FIRST_SEEN = 12;
  static final int LAST_ACTIVITY = 16;
  static final int LAST_NEW_DEVICE = 20;
  static final int LATITUDE = 24;
  static final int LONGITUDE = 28;
  static final int LOCATION_SECOND = 32;
  static final int HOURS = 40;
  static final int LAST_FAILURE = 64;
  static final int LAST_WITHDRAWAL = 68;

  static final int FAILED_SIGN_INS = 0;
  static final int WITHDRAWALS_HOUR = 1;
  static final int WITHDRAWALS_DAY = 2;
  static final int WITHDRAWALS_WEEK = 3;
  static final int WINDOWS = 4;

  static final int[] WIDTH = {5, 5, 120, 1440};
  static final int[] BUCKETS = {12, 12, 12, 7};
  static final int[] HEAD = {LAST_FAILURE, LAST_WITHDRAWAL, LAST_WITHDRAWAL, LAST_WITHDRAWAL};

  /** Where each window's counts (one byte a bucket) start; -1: it keeps none. */
  static final int[] COUNTS = {72, 84, 96, -1};

  /** Where each window's sums (four bytes a bucket) start; -1: it keeps none. */
  static final int[] SUMS = {-1, -1, 108, 156};

  static final int AMOUNTS = 184;
  static final int ASSETS = 4;
  static final int AMOUNT_ENTRY = 14;

  /** Where each set starts. */
  static final int[] SET_AT = new int[SETS];

  /** Bytes of one entry of each set. */
  static final int[] ENTRY = new int[SETS];

  /** The size of every profile. */
  static final int BYTES;

  static {
    int at = AMOUNTS + ASSETS * AMOUNT_ENTRY;
    for (int s = 0; s < SETS; s++) {
      ENTRY[s] = KEY_BYTES[s] + (TIMED[s] ? 4 : 0) + (COUNTED[s] ? 2 : 0);
      SET_AT[s] = at;
      at += CAPACITY[s] * ENTRY[s];
    }
    BYTES = at;
  }

  static final int MAX_COUNT = 0xFFFF;
  static final int MAX_BUCKET_COUNT = 0xFF;
  static final long MAX_BUCKET_SUM = 0xFFFF_FFFFL;

  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle F32 =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  private ProfileLayout() {}

  static int u8(byte[] b, int at) {
    return b[at] & 0xFF;
  }

  static int u16(byte[] b, int at) {
    return (short) I16.get(b, at) & 0xFFFF;
  }

  static int i32(byte[] b, int at) {
    return (int) I32.get(b, at);
  }

  static long u32(byte[] b, int at) {
    return i32(b, at) & 0xFFFF_FFFFL;
  }

  static long i64(byte[] b, int at) {
    return (long) I64.get(b, at);
  }

  static float f32(byte[] b, int at) {
    return (float) F32.get(b, at);
  }

  static void u16(byte[] b, int at, int v) {
    I16.set(b, at, (short) v);
  }

  static void i32(byte[] b, int at, int v) {
    I32.set(b, at, v);
  }

  static void i64(byte[] b, int at, long v) {
    I64.set(b, at, v);
  }

  static void f32(byte[] b, int at, float v) {
    F32.set(b, at, v);
  }

  /**
   * Whether the last location starting at {@code at} (latitude, longitude as floats, then its epoch
   * second as a long, as versions 2 and 3 both store it) is either none (second {@code MIN_VALUE},
   * coordinates zero) or on the globe.
   */
  static boolean locationInRange(byte[] b, int at) {
    float latitude = f32(b, at);
    float longitude = f32(b, at + 4);
    return i64(b, at + 8) == Long.MIN_VALUE
        ? latitude == 0 && longitude == 0
        : latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
  }

  /** A fresh profile of an account never seen. */
  static byte[] empty() {
    byte[] b = new byte[BYTES];
    b[0] = VERSION;
    i64(b, LOCATION_SECOND, Long.MIN_VALUE);
    return b;
  }

  // Sets: `size` entries from SET_AT[set], most recently seen first.

  static int size(byte[] b, int set) {
    return b[SIZES + set];
  }

  /** The part of a key a set keeps. */
  static long truncate(int keyBytes, long key) {
    return switch (keyBytes) {
      case 8 -> key;
      case 4 -> key & 0xFFFF_FFFFL;
      default -> key & 0xFFL;
    };
  }

  static long readKey(byte[] b, int at, int keyBytes) {
    return switch (keyBytes) {
      case 8 -> i64(b, at);
      case 4 -> u32(b, at);
      default -> u8(b, at);
    };
  }

  static void writeKey(byte[] b, int at, int keyBytes, long key) {
    switch (keyBytes) {
      case 8 -> i64(b, at, key);
      case 4 -> i32(b, at, (int) key);
      default -> b[at] = (byte) key;
    }
  }

  /** The index of the entry with the key, or -1; {@code key} already truncated. */
  static int indexOf(byte[] b, int at, int size, int entry, int keyBytes, long key) {
    for (int i = 0, e = at; i < size; i++, e += entry) {
      if (readKey(b, e, keyBytes) == key) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Records one sighting of {@code key} at {@code minute}: its entry moves to the front, so the
   * least recently seen value is the last one, the one a full set gives up for a new value.
   */
  static void touch(
      byte[] b,
      int sizeAt,
      int at,
      int capacity,
      int keyBytes,
      boolean timed,
      boolean counted,
      long key,
      int minute) {
    int entry = keyBytes + (timed ? 4 : 0) + (counted ? 2 : 0);
    long k = truncate(keyBytes, key);
    int size = b[sizeAt];
    int i = indexOf(b, at, size, entry, keyBytes, k);
    int last = minute;
    int count = 1;
    if (i >= 0) {
      int e = at + i * entry;
      if (timed) {
        last = Math.max(minute, i32(b, e + keyBytes));
      }
      if (counted) {
        count = Math.min(u16(b, e + entry - 2) + 1, MAX_COUNT);
      }
      System.arraycopy(b, at, b, at + entry, i * entry);
    } else {
      if (size < capacity) {
        b[sizeAt] = (byte) ++size;
      }
      System.arraycopy(b, at, b, at + entry, (size - 1) * entry);
    }
    writeKey(b, at, keyBytes, k);
    if (timed) {
      i32(b, at + keyBytes, last);
    }
    if (counted) {
      u16(b, at + entry - 2, count);
    }
  }

  static void touch(byte[] b, int set, long key, int minute) {
    touch(
        b,
        SIZES + set,
        SET_AT[set],
        CAPACITY[set],
        KEY_BYTES[set],
        TIMED[set],
        COUNTED[set],
        key,
        minute);
  }

  // Windows: rings of BUCKETS[w] buckets; bucket index i (minute / width) lives at i mod buckets.

  /**
   * One addition at {@code minute} to window {@code w}, whose newest addition was at {@code head}.
   */
  static void add(byte[] b, int w, int head, int minute, long value) {
    add(b, COUNTS[w], SUMS[w], WIDTH[w], BUCKETS[w], head, minute, value);
  }

  /**
   * One addition at {@code minute} to a ring of counts at {@code countsAt} and sums at {@code
   * sumsAt} (either -1: not kept) whose newest addition was at minute {@code head}; the caller
   * moves the head.
   */
  static void add(
      byte[] b,
      int countsAt,
      int sumsAt,
      int width,
      int buckets,
      int head,
      int minute,
      long value) {
    int index = Math.floorDiv(minute, width);
    int newest = Math.floorDiv(head, width);
    if (index <= newest - buckets) {
      return;
    }
    // The buckets the head moves over start empty.
    for (long bucket = Math.max(newest + 1L, index - buckets + 1L); bucket <= index; bucket++) {
      int slot = (int) Math.floorMod(bucket, (long) buckets);
      if (countsAt >= 0) {
        b[countsAt + slot] = 0;
      }
      if (sumsAt >= 0) {
        i32(b, sumsAt + 4 * slot, 0);
      }
    }
    int slot = Math.floorMod(index, buckets);
    if (countsAt >= 0) {
      b[countsAt + slot] = (byte) Math.min(MAX_BUCKET_COUNT, u8(b, countsAt + slot) + 1);
    }
    if (sumsAt >= 0) {
      int at = sumsAt + 4 * slot;
      i32(b, at, (int) Math.min(MAX_BUCKET_SUM, u32(b, at) + Math.max(0, value)));
    }
  }

  /** The additions (or their sum) in window {@code w} in the window ending at {@code minute}. */
  static long total(
      byte[] b,
      int countsAt,
      int sumsAt,
      int width,
      int buckets,
      int head,
      int minute,
      boolean sum) {
    int index = Math.floorDiv(minute, width);
    int newest = Math.floorDiv(head, width);
    int from = Math.max(index, newest) - buckets + 1;
    int to = Math.min(index, newest);
    long total = 0;
    for (int bucket = from; bucket <= to; bucket++) {
      int slot = Math.floorMod(bucket, buckets);
      total += sum ? u32(b, sumsAt + 4 * slot) : u8(b, countsAt + slot);
    }
    return total;
  }

  // Amounts: entries of (asset fingerprint, samples, mean, variance), in arrival order.

  static int amountIndex(byte[] b, int at, int size, long key) {
    long k = truncate(4, key);
    for (int i = 0; i < size; i++) {
      if (u32(b, at + i * AMOUNT_ENTRY) == k) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds one amount for the asset: exact averages for the first {@code 1/alpha} samples, then
   * exponentially weighted; when full, the asset with the fewest samples gives up its place.
   */
  static void addAmount(
      byte[] b, int sizeAt, int at, int capacity, long key, double usd, double alpha) {
    int size = b[sizeAt];
    int i = amountIndex(b, at, size, key);
    if (i < 0) {
      if (size < capacity) {
        i = size;
        b[sizeAt] = (byte) (size + 1);
      } else {
        i = 0;
        for (int j = 1; j < size; j++) {
          if (u16(b, at + j * AMOUNT_ENTRY + 4) < u16(b, at + i * AMOUNT_ENTRY + 4)) {
            i = j;
          }
        }
      }
      int e = at + i * AMOUNT_ENTRY;
      i32(b, e, (int) key);
      u16(b, e + 4, 1);
      f32(b, e + 6, (float) usd);
      f32(b, e + 10, 0f);
      return;
    }
    int e = at + i * AMOUNT_ENTRY;
    int samples = u16(b, e + 4);
    double mean = f32(b, e + 6);
    double variance = f32(b, e + 10);
    double a = Math.max(alpha, 1.0 / (samples + 1));
    double diff = usd - mean;
    double increment = a * diff;
    f32(b, e + 6, (float) (mean + increment));
    f32(b, e + 10, (float) ((1 - a) * (variance + diff * increment)));
    u16(b, e + 4, Math.min(samples + 1, MAX_COUNT));
  }

  /** One more sign-in at the hour; all halve first when one would reach {@code max}. */
  static void addHour(byte[] b, int at, int hour, int max) {
    if (u8(b, at + hour) + 1 >= max) {
      for (int h = 0; h < 24; h++) {
        b[at + h] = (byte) (u8(b, at + h) / 2);
      }
    }
    b[at + hour] = (byte) (u8(b, at + hour) + 1);
  }
}
