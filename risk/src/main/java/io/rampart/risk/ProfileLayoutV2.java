package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.f32;
import static io.rampart.risk.ProfileLayout.i32;
import static io.rampart.risk.ProfileLayout.i64;
import static io.rampart.risk.ProfileLayout.u16;

/**
 * Where each part of a profile lived in its byte array in format version 2, the variable-size
 * layout before {@link ProfileLayout}'s fixed one: read only, to convert stored profiles ({@link
 * LegacyProfiles}), with {@link ProfileLayout}'s little-endian reads and writes.
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
final class ProfileLayoutV2 {
  static final int VERSION = 2;

  /** The ten sets, in the order of {@link ProfileLayout}'s (devices first, security last). */
  static final int SETS = 10;

  static final int AMOUNTS = 10;
  static final int FAILED_SIGN_INS = 11;
  static final int WITHDRAWALS_HOUR = 12;
  static final int WITHDRAWALS_DAY = 13;
  static final int WITHDRAWALS_WEEK = 14;
  static final int SECTIONS = 15;

  /** Entries each section may hold: set and asset capacities, and window buckets. */
  static final int[] CAPACITY = {
    6, 8, 6, 4, 4, 3, 3, 8, 6, SecuritySetting.values().length, 4, 12, 12, 24, 7
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

  private ProfileLayoutV2() {}

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

  static int setCount(byte[] b, int at, int i) {
    return u16(b, at + i * SET_ENTRY + 14);
  }

  static void writeSetEntry(byte[] b, int at, long key, int last, int firstDay, int count) {
    i64(b, at, key);
    i32(b, at + 8, last);
    u16(b, at + 12, Math.clamp(firstDay, 0, 0xFFFF));
    u16(b, at + 14, Math.min(count, MAX_COUNT));
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
}
