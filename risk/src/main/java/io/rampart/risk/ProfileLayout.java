package io.rampart.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where each part of a {@link Profile} lives in its byte array (format version 2), and the
 * primitive reads and writes on it. Little-endian throughout; read through {@link VarHandle} views,
 * which compile to plain loads.
 *
 * <pre>
 *   0   version (2)
 *   1   15 section sizes, one byte each: the ten sets, the amounts, the four windows
 *   16  first seen, last activity, last new device (epoch minutes, int)
 *   28  last location: latitude, longitude (float), epoch second (long, MIN_VALUE: none)
 *   44  24 hour counts (unsigned byte)
 *   68  the four windows' heads (bucket index, int)
 *   84  the sections, in order, each holding only its entries:
 *       set entry (16 bytes):    key (long), last seen minute (int), first seen day (unsigned
 *                                short), count (unsigned short, stops at 65,535)
 *       amount entry (20 bytes): asset key (long), samples (int), mean, variance (float)
 *       window entry (16 bytes): bucket index (int), count (int), sum (long); ascending, only the
 *                                buckets within the window ending at the head
 * </pre>
 */
final class ProfileLayout {
  static final int VERSION = 2;

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
  static final int AMOUNTS = 10;
  static final int FAILED_SIGN_INS = 11;
  static final int WITHDRAWALS_HOUR = 12;
  static final int WITHDRAWALS_DAY = 13;
  static final int WITHDRAWALS_WEEK = 14;
  static final int SECTIONS = 15;

  /** Entries each section may hold: set and asset capacities, and window buckets. */
  static final int[] CAPACITY = {
    Profile.DEVICES,
    Profile.IPS,
    Profile.ASNS,
    Profile.COUNTRIES,
    Profile.USER_AGENTS,
    Profile.BROWSERS,
    Profile.OPERATING_SYSTEMS,
    Profile.USED_ADDRESSES,
    Profile.ADDED_ADDRESSES,
    SecuritySetting.values().length,
    Profile.ASSETS,
    12,
    12,
    24,
    7
  };

  /** The width in minutes of each window's buckets, by section. */
  static final int[] BUCKET_MINUTES = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 60, 1440};

  static final int SET_ENTRY = 16;
  static final int AMOUNT_ENTRY = 20;
  static final int WINDOW_ENTRY = 16;

  static final int SIZES = 1;
  static final int FIRST_SEEN = 16;
  static final int LAST_ACTIVITY = 20;
  static final int LAST_NEW_DEVICE = 24;
  static final int LATITUDE = 28;
  static final int LONGITUDE = 32;
  static final int LOCATION_SECOND = 36;
  static final int HOURS = 44;
  static final int HEADS = 68;
  static final int BODY = 84;

  /** Counts in sets stop here. */
  static final int MAX_COUNT = 0xFFFF;

  static final int MINUTES_PER_DAY = 1440;

  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle F32 =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  private ProfileLayout() {}

  static int entry(int section) {
    return section < SETS ? SET_ENTRY : section == AMOUNTS ? AMOUNT_ENTRY : WINDOW_ENTRY;
  }

  static int size(byte[] b, int section) {
    return b[SIZES + section] & 0xFF;
  }

  /** Where the section starts: after the header and every section before it. */
  static int offset(byte[] b, int section) {
    int at = BODY;
    for (int s = 0; s < section; s++) {
      at += size(b, s) * entry(s);
    }
    return at;
  }

  /** The length a profile with these section sizes has. */
  static int length(byte[] b) {
    return offset(b, SECTIONS);
  }

  static int head(byte[] b, int window) {
    return i32(b, HEADS + 4 * (window - FAILED_SIGN_INS));
  }

  static int u8(byte[] b, int at) {
    return b[at] & 0xFF;
  }

  static int u16(byte[] b, int at) {
    return (short) I16.get(b, at) & 0xFFFF;
  }

  static int i32(byte[] b, int at) {
    return (int) I32.get(b, at);
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

  /** The set entry's first-seen day for a minute. */
  static int day(int minute) {
    return Math.floorDiv(minute, MINUTES_PER_DAY);
  }

  // Sets: the entry at index i of a set whose entries start at `at`.

  static long setKey(byte[] b, int at, int i) {
    return i64(b, at + i * SET_ENTRY);
  }

  static int setLast(byte[] b, int at, int i) {
    return i32(b, at + i * SET_ENTRY + 8);
  }

  static int setFirstDay(byte[] b, int at, int i) {
    return u16(b, at + i * SET_ENTRY + 12);
  }

  static int setCount(byte[] b, int at, int i) {
    return u16(b, at + i * SET_ENTRY + 14);
  }

  static void writeSetEntry(byte[] b, int at, long key, int last, int firstDay, int count) {
    i64(b, at, key);
    i32(b, at + 8, last);
    u16(b, at + 12, Math.clamp(firstDay, 0, 0xFFFF));
    u16(b, at + 14, Math.min(count, MAX_COUNT));
  }

  static int indexOf(byte[] b, int at, int size, long key) {
    return find(b, at, size, SET_ENTRY, key);
  }

  /** The index of the entry whose leading long is {@code key}, or -1. */
  private static int find(byte[] b, int at, int size, int entry, long key) {
    for (int i = 0; i < size; i++) {
      if (i64(b, at + i * entry) == key) {
        return i;
      }
    }
    return -1;
  }

  /** The entry a full set gives up: least recently seen, then least counted, then oldest. */
  static int victim(byte[] b, int at, int size) {
    int v = 0;
    for (int i = 1; i < size; i++) {
      int last = setLast(b, at, i);
      int vLast = setLast(b, at, v);
      if (last < vLast || (last == vLast && setCount(b, at, i) < setCount(b, at, v))) {
        v = i;
      }
    }
    return v;
  }

  /**
   * Records one sighting of {@code key} at {@code minute} in a set of {@code size} entries at
   * {@code at}, whose buffer has room for one more entry after it when {@code size < capacity} (the
   * bytes after the set are moved up). Returns the set's new size.
   */
  static int touch(byte[] b, int at, int size, int capacity, int end, long key, int minute) {
    int i = indexOf(b, at, size, key);
    if (i >= 0) {
      int e = at + i * SET_ENTRY;
      if (minute > i32(b, e + 8)) {
        i32(b, e + 8, minute);
      }
      if (day(minute) < u16(b, e + 12)) {
        u16(b, e + 12, Math.max(0, day(minute)));
      }
      u16(b, e + 14, Math.min(u16(b, e + 14) + 1, MAX_COUNT));
      return size;
    }
    if (size < capacity) {
      int slot = at + size * SET_ENTRY;
      System.arraycopy(b, slot, b, slot + SET_ENTRY, end - slot);
      writeSetEntry(b, slot, key, minute, day(minute), 1);
      return size + 1;
    }
    int v = victim(b, at, size);
    int from = at + (v + 1) * SET_ENTRY;
    System.arraycopy(b, from, b, from - SET_ENTRY, at + size * SET_ENTRY - from);
    writeSetEntry(b, at + (size - 1) * SET_ENTRY, key, minute, day(minute), 1);
    return size;
  }

  /** The bytes {@link #touch} adds: one entry when the key is new and the set not full. */
  static int touchGrowth(byte[] b, int at, int size, int capacity, long key) {
    return size < capacity && indexOf(b, at, size, key) < 0 ? SET_ENTRY : 0;
  }

  // Windows: entries of (bucket index, count, sum), ascending, within (head - buckets, head].

  static int windowIndex(byte[] b, int at, int i) {
    return i32(b, at + i * WINDOW_ENTRY);
  }

  static int windowCount(byte[] b, int at, int i) {
    return i32(b, at + i * WINDOW_ENTRY + 4);
  }

  static long windowSum(byte[] b, int at, int i) {
    return i64(b, at + i * WINDOW_ENTRY + 8);
  }

  /** Additions in the window ending at {@code minute}. */
  static long windowCount(
      byte[] b, int at, int size, int width, int buckets, int head, int minute) {
    return windowTotal(b, at, size, width, buckets, head, minute, false);
  }

  /** Sum of the values added in the window ending at {@code minute}. */
  static long windowSum(byte[] b, int at, int size, int width, int buckets, int head, int minute) {
    return windowTotal(b, at, size, width, buckets, head, minute, true);
  }

  private static long windowTotal(
      byte[] b, int at, int size, int width, int buckets, int head, int minute, boolean sums) {
    long total = 0;
    int index = Math.floorDiv(minute, width);
    int from = Math.max(index, head) - buckets + 1;
    int to = Math.min(index, head);
    for (int i = 0; i < size; i++) {
      int bucket = windowIndex(b, at, i);
      if (bucket >= from && bucket <= to) {
        total = sums ? saturatedAdd(total, windowSum(b, at, i)) : total + windowCount(b, at, i);
      }
    }
    return total;
  }

  /**
   * The bytes adding one value at {@code minute} changes a window by: an entry more for a new
   * bucket, one less for each bucket the move of its head pushes out.
   */
  static int addGrowth(byte[] b, int at, int size, int width, int buckets, int head, int minute) {
    int index = Math.floorDiv(minute, width);
    if (index <= head - buckets) {
      return 0;
    }
    int newHead = Math.max(head, index);
    int growth = WINDOW_ENTRY;
    for (int i = 0; i < size; i++) {
      int bucket = windowIndex(b, at, i);
      if (bucket <= newHead - buckets) {
        growth -= WINDOW_ENTRY;
      } else if (bucket == index) {
        growth -= WINDOW_ENTRY;
      }
    }
    return growth;
  }

  /**
   * Adds one value at {@code minute} to a window of {@code size} entries at {@code at} with its
   * head at {@code headAt}; the buffer ends at {@code end} and has room for one more entry. Returns
   * the window's new size.
   */
  static int add(
      byte[] b, int at, int size, int width, int buckets, int headAt, int end, int minute, long v) {
    int index = Math.floorDiv(minute, width);
    int head = i32(b, headAt);
    if (index <= head - buckets) {
      return size;
    }
    int newHead = Math.max(head, index);
    i32(b, headAt, newHead);
    int expired = 0;
    while (expired < size && windowIndex(b, at, expired) <= newHead - buckets) {
      expired++;
    }
    if (expired > 0) {
      System.arraycopy(b, at + expired * WINDOW_ENTRY, b, at, end - at - expired * WINDOW_ENTRY);
      size -= expired;
      end -= expired * WINDOW_ENTRY;
    }
    int i = 0;
    while (i < size && windowIndex(b, at, i) < index) {
      i++;
    }
    int e = at + i * WINDOW_ENTRY;
    if (i < size && windowIndex(b, at, i) == index) {
      i32(
          b,
          e + 4,
          windowCount(b, at, i) == Integer.MAX_VALUE
              ? Integer.MAX_VALUE
              : windowCount(b, at, i) + 1);
      i64(b, e + 8, saturatedAdd(windowSum(b, at, i), v));
      return size;
    }
    System.arraycopy(b, e, b, e + WINDOW_ENTRY, end - e);
    i32(b, e, index);
    i32(b, e + 4, 1);
    i64(b, e + 8, v);
    return size + 1;
  }

  static long saturatedAdd(long a, long c) {
    long r = a + c;
    if (((a ^ r) & (c ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  // Amounts: entries of (asset key, samples, mean, variance).

  static long amountKey(byte[] b, int at, int i) {
    return i64(b, at + i * AMOUNT_ENTRY);
  }

  static int amountSamples(byte[] b, int at, int i) {
    return i32(b, at + i * AMOUNT_ENTRY + 8);
  }

  static float amountMean(byte[] b, int at, int i) {
    return f32(b, at + i * AMOUNT_ENTRY + 12);
  }

  static float amountVariance(byte[] b, int at, int i) {
    return f32(b, at + i * AMOUNT_ENTRY + 16);
  }

  static int amountIndex(byte[] b, int at, int size, long key) {
    return find(b, at, size, AMOUNT_ENTRY, key);
  }

  static int amountGrowth(byte[] b, int at, int size, int capacity, long key) {
    return size < capacity && amountIndex(b, at, size, key) < 0 ? AMOUNT_ENTRY : 0;
  }

  /**
   * Adds one amount for the asset: exact averages for the first {@code 1/alpha} samples, then
   * exponentially weighted; when full, the asset with the fewest samples gives up its place.
   * Returns the new size.
   */
  static int addAmount(
      byte[] b, int at, int size, int capacity, int end, long key, double usd, double alpha) {
    int i = amountIndex(b, at, size, key);
    if (i < 0) {
      if (size < capacity) {
        i = size;
        int slot = at + i * AMOUNT_ENTRY;
        System.arraycopy(b, slot, b, slot + AMOUNT_ENTRY, end - slot);
        size++;
      } else {
        i = 0;
        for (int j = 1; j < size; j++) {
          if (amountSamples(b, at, j) < amountSamples(b, at, i)) {
            i = j;
          }
        }
      }
      int e = at + i * AMOUNT_ENTRY;
      i64(b, e, key);
      i32(b, e + 8, 1);
      f32(b, e + 12, (float) usd);
      f32(b, e + 16, 0f);
      return size;
    }
    int e = at + i * AMOUNT_ENTRY;
    int samples = i32(b, e + 8);
    double mean = f32(b, e + 12);
    double variance = f32(b, e + 16);
    double a = Math.max(alpha, 1.0 / (samples + 1));
    double diff = usd - mean;
    double increment = a * diff;
    f32(b, e + 12, (float) (mean + increment));
    f32(b, e + 16, (float) ((1 - a) * (variance + diff * increment)));
    i32(b, e + 8, samples == Integer.MAX_VALUE ? samples : samples + 1);
    return size;
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
