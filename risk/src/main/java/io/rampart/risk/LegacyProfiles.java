package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.f32;
import static io.rampart.risk.ProfileLayout.i32;
import static io.rampart.risk.ProfileLayout.i64;
import static io.rampart.risk.ProfileLayoutV2.*;

import io.rampart.risk.internal.ByteArrayInput;
import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the profiles of earlier codec versions and converts them to the current {@link
 * ProfileLayout}: version 2 (the variable-size layout, {@link ProfileLayoutV2}) and version 1 (the
 * variable-length form before it, read into version 2 first). The conversion keeps what the current
 * layout keeps: each set's most recently seen values up to its capacity (the least counted giving
 * way among equally recent ones, as version 2 evicted them), keys cut to the width the set keeps
 * (values whose cut keys meet are merged), the window buckets within the current windows (the day's
 * hourly buckets summed in pairs), counts and sums stopped at their new limits.
 */
final class LegacyProfiles {
  private LegacyProfiles() {}

  /** The current form of a version-2 profile; refused if it is not a valid one. */
  static byte[] fromV2(byte[] bytes) {
    return convert(checked(bytes));
  }

  /** The current form of a version-1 profile; refused if it is not a valid one. */
  static byte[] fromV1(byte[] bytes) {
    return convert(V1.decode(bytes));
  }

  private static byte[] convert(byte[] o) {
    byte[] n = ProfileLayout.empty();
    ProfileLayout.i32(n, ProfileLayout.FIRST_SEEN, i32(o, FIRST_SEEN));
    ProfileLayout.i32(n, ProfileLayout.LAST_ACTIVITY, i32(o, LAST_ACTIVITY));
    ProfileLayout.i32(n, ProfileLayout.LAST_NEW_DEVICE, i32(o, LAST_NEW_DEVICE));
    ProfileLayout.f32(n, ProfileLayout.LATITUDE, f32(o, LATITUDE));
    ProfileLayout.f32(n, ProfileLayout.LONGITUDE, f32(o, LONGITUDE));
    ProfileLayout.i64(n, ProfileLayout.LOCATION_SECOND, i64(o, LOCATION_SECOND));
    System.arraycopy(o, HOURS, n, ProfileLayout.HOURS, 24);
    for (int s = 0; s < SETS; s++) {
      convertSet(o, n, s);
    }
    int at = offset(o, AMOUNTS);
    for (int i = 0; i < size(o, AMOUNTS); i++) {
      long key = amountKey(o, at, i);
      int size = n[ProfileLayout.AMOUNT_SIZE];
      if (ProfileLayout.amountIndex(n, ProfileLayout.AMOUNTS, size, key) >= 0) {
        continue;
      }
      int e = ProfileLayout.AMOUNTS + size * ProfileLayout.AMOUNT_ENTRY;
      ProfileLayout.i32(n, e, (int) key);
      ProfileLayout.u16(n, e + 4, Math.min(amountSamples(o, at, i), ProfileLayout.MAX_COUNT));
      ProfileLayout.f32(n, e + 6, amountMean(o, at, i));
      ProfileLayout.f32(n, e + 10, amountVariance(o, at, i));
      n[ProfileLayout.AMOUNT_SIZE] = (byte) (size + 1);
    }
    // The head of a window is its newest bucket; its first minute falls in the same bucket of
    // every coarser width that divides it.
    int lastFailure = head(o, FAILED_SIGN_INS) * BUCKET_MINUTES[FAILED_SIGN_INS];
    int lastWithdrawal = head(o, WITHDRAWALS_HOUR) * BUCKET_MINUTES[WITHDRAWALS_HOUR];
    ProfileLayout.i32(n, ProfileLayout.LAST_FAILURE, lastFailure);
    ProfileLayout.i32(n, ProfileLayout.LAST_WITHDRAWAL, lastWithdrawal);
    convertWindow(o, n, FAILED_SIGN_INS, ProfileLayout.FAILED_SIGN_INS, lastFailure);
    convertWindow(o, n, WITHDRAWALS_HOUR, ProfileLayout.WITHDRAWALS_HOUR, lastWithdrawal);
    convertWindow(o, n, WITHDRAWALS_DAY, ProfileLayout.WITHDRAWALS_DAY, lastWithdrawal);
    convertWindow(o, n, WITHDRAWALS_WEEK, ProfileLayout.WITHDRAWALS_WEEK, lastWithdrawal);
    return n;
  }

  private record Entry(long key, int last, int count) {}

  private static void convertSet(byte[] o, byte[] n, int s) {
    int at = offset(o, s);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < size(o, s); i++) {
      entries.add(new Entry(setKey(o, at, i), setLast(o, at, i), setCount(o, at, i)));
    }
    // Most recently seen first, then most counted, then first inserted: the reverse of the order
    // in which version 2 gave entries up.
    entries.sort(Comparator.comparingInt(Entry::last).thenComparingInt(Entry::count).reversed());
    int keyBytes = ProfileLayout.KEY_BYTES[s];
    int entry = ProfileLayout.ENTRY[s];
    int base = ProfileLayout.SET_AT[s];
    int size = 0;
    for (Entry e : entries) {
      long key = ProfileLayout.truncate(keyBytes, e.key());
      int i = ProfileLayout.indexOf(n, base, size, entry, keyBytes, key);
      if (i >= 0) {
        if (ProfileLayout.COUNTED[s]) {
          int c = base + i * entry + entry - 2;
          ProfileLayout.u16(
              n, c, Math.min(ProfileLayout.MAX_COUNT, ProfileLayout.u16(n, c) + e.count()));
        }
        continue;
      }
      if (size == ProfileLayout.CAPACITY[s]) {
        continue;
      }
      int w = base + size * entry;
      ProfileLayout.writeKey(n, w, keyBytes, key);
      if (ProfileLayout.TIMED[s]) {
        ProfileLayout.i32(n, w + keyBytes, e.last());
      }
      if (ProfileLayout.COUNTED[s]) {
        ProfileLayout.u16(n, w + entry - 2, e.count());
      }
      size++;
    }
    n[ProfileLayout.SIZES + s] = (byte) size;
  }

  private static void convertWindow(byte[] o, byte[] n, int from, int to, int head) {
    int at = offset(o, from);
    for (int i = 0; i < size(o, from); i++) {
      int minute = windowIndex(o, at, i) * BUCKET_MINUTES[from];
      int count = windowCount(o, at, i);
      long sum = windowSum(o, at, i);
      for (int c = 0; c < Math.min(count, ProfileLayout.MAX_BUCKET_COUNT); c++) {
        // Each addition but the first adds nothing to the sum, which the first carries whole.
        ProfileLayout.add(n, to, head, minute, c == 0 ? sum : 0);
      }
    }
  }

  /** The bytes if they are a valid version-2 profile; refused otherwise. */
  static byte[] checked(byte[] b) {
    if (b.length < BODY) {
      throw corrupt("shorter than its header");
    }
    for (int s = 0; s < SECTIONS; s++) {
      if (size(b, s) > CAPACITY[s]) {
        throw corrupt("a set larger than its bound");
      }
    }
    if (length(b) != b.length) {
      throw corrupt("length " + b.length + " does not match its sections");
    }
    if (i32(b, FIRST_SEEN) < 0 || i32(b, LAST_ACTIVITY) < 0 || i32(b, LAST_NEW_DEVICE) < 0) {
      throw corrupt("a negative time");
    }
    if (!ProfileLayout.locationInRange(b, LATITUDE)) {
      throw corrupt("location out of range");
    }
    for (int s = 0; s < SETS; s++) {
      int at = offset(b, s);
      for (int i = 0; i < size(b, s); i++) {
        if (setCount(b, at, i) == 0) {
          throw corrupt("an entry never seen");
        }
      }
    }
    int amounts = offset(b, AMOUNTS);
    for (int i = 0; i < size(b, AMOUNTS); i++) {
      if (amountSamples(b, amounts, i) < 1) {
        throw corrupt("an asset without samples");
      }
    }
    for (int w = FAILED_SIGN_INS; w < SECTIONS; w++) {
      int head = head(b, w);
      int at = offset(b, w);
      int previous = Integer.MIN_VALUE;
      for (int i = 0; i < size(b, w); i++) {
        int bucket = windowIndex(b, at, i);
        if (head < 0
            || bucket <= previous
            || bucket > head
            || bucket <= head - CAPACITY[w]
            || windowCount(b, at, i) < 1) {
          throw corrupt("a window bucket out of order or range");
        }
        previous = bucket;
      }
    }
    return b;
  }

  private static IllegalArgumentException corrupt(String what) {
    return new IllegalArgumentException("corrupt profile: " + what);
  }

  /** The version-1 form: variable-length integers, minutes relative to the first seen. */
  private static final class V1 {
    private static final int[] WINDOWS = {
      FAILED_SIGN_INS, WITHDRAWALS_HOUR, WITHDRAWALS_DAY, WITHDRAWALS_WEEK
    };

    static byte[] decode(byte[] bytes) {
      try {
        var in = new ByteArrayInput(bytes);
        byte[] b = read(in);
        if (in.remaining() != 0) {
          throw new IllegalArgumentException("trailing bytes after profile");
        }
        return checked(b);
      } catch (IOException | ArithmeticException e) {
        throw new IllegalArgumentException("corrupt profile: " + e.getMessage(), e);
      }
    }

    private static byte[] read(DataInput in) throws IOException {
      in.readUnsignedByte();
      int base = readInt(in);
      int lastActivity = readMinute(in, base);
      int newDevice = readMinute(in, base);
      byte[][] sets = new byte[SETS][];
      for (int s = 0; s < SETS; s++) {
        int n = size(in, CAPACITY[s]);
        sets[s] = new byte[n * SET_ENTRY];
        for (int i = 0; i < n; i++) {
          long key = in.readLong();
          int first = readMinute(in, base);
          int last = Math.toIntExact(first + readVar(in));
          writeSetEntry(sets[s], i * SET_ENTRY, key, last, day(first), Math.max(1, readInt(in)));
        }
      }
      boolean located = in.readBoolean();
      float latitude = 0;
      float longitude = 0;
      long second = Long.MIN_VALUE;
      if (located) {
        latitude = in.readFloat();
        longitude = in.readFloat();
        second = unzigzag(readVar(in)) + base * 60L;
      }
      int mask = readInt(in);
      byte[] hours = new byte[24];
      for (int h = 0; h < 24; h++) {
        if ((mask & (1 << h)) != 0) {
          hours[h] = (byte) Math.min(HourHistogram.MAX, readInt(in));
        }
      }
      byte[][] windows = new byte[WINDOWS.length][];
      int[] heads = new int[WINDOWS.length];
      for (int w = 0; w < WINDOWS.length; w++) {
        heads[w] = readWindow(in, CAPACITY[WINDOWS[w]], windows, w);
      }
      int assets = size(in, CAPACITY[AMOUNTS]);
      byte[] amounts = new byte[assets * AMOUNT_ENTRY];
      for (int i = 0; i < assets; i++) {
        int at = i * AMOUNT_ENTRY;
        i64(amounts, at, in.readLong());
        i32(amounts, at + 8, Math.max(1, readInt(in)));
        f32(amounts, at + 12, in.readFloat());
        f32(amounts, at + 16, in.readFloat());
      }

      byte[][] sections = new byte[SECTIONS][];
      System.arraycopy(sets, 0, sections, 0, SETS);
      sections[AMOUNTS] = amounts;
      for (int w = 0; w < WINDOWS.length; w++) {
        sections[WINDOWS[w]] = windows[w];
      }
      int length = BODY;
      for (byte[] s : sections) {
        length += s.length;
      }
      byte[] b = new byte[length];
      b[0] = VERSION;
      int at = BODY;
      for (int s = 0; s < SECTIONS; s++) {
        b[SIZES + s] = (byte) (sections[s].length / entry(s));
        System.arraycopy(sections[s], 0, b, at, sections[s].length);
        at += sections[s].length;
      }
      i32(b, FIRST_SEEN, base);
      i32(b, LAST_ACTIVITY, lastActivity);
      i32(b, LAST_NEW_DEVICE, newDevice);
      f32(b, LATITUDE, latitude);
      f32(b, LONGITUDE, longitude);
      i64(b, LOCATION_SECOND, second);
      System.arraycopy(hours, 0, b, HOURS, 24);
      for (int w = 0; w < WINDOWS.length; w++) {
        i32(b, HEADS + 4 * w, heads[w]);
      }
      return b;
    }

    /**
     * Reads a ring of {@code buckets} as the non-empty buckets in index order; returns the head.
     */
    private static int readWindow(DataInput in, int buckets, byte[][] into, int w)
        throws IOException {
      long head = readVar(in);
      if (head < 0 || head > Integer.MAX_VALUE) {
        throw new IOException("window head out of range");
      }
      long mask = readVar(in);
      if (mask >>> buckets != 0) {
        throw new IOException("bucket beyond the window");
      }
      int[] counts = new int[buckets];
      long[] sums = new long[buckets];
      for (int i = 0; i < buckets; i++) {
        if ((mask & (1L << i)) != 0) {
          counts[i] = readInt(in);
          sums[i] = unzigzag(readVar(in));
        }
      }
      byte[] entries = new byte[buckets * WINDOW_ENTRY];
      int n = 0;
      for (long bucket = head - buckets + 1; bucket <= head; bucket++) {
        int position = (int) Math.floorMod(bucket, buckets);
        if (counts[position] != 0 && bucket >= 0) {
          int at = n++ * WINDOW_ENTRY;
          i32(entries, at, (int) bucket);
          i32(entries, at + 4, counts[position]);
          i64(entries, at + 8, sums[position]);
        }
      }
      into[w] = Arrays.copyOf(entries, n * WINDOW_ENTRY);
      return (int) head;
    }

    private static int readInt(DataInput in) throws IOException {
      long v = readVar(in);
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new IOException("count out of range");
      }
      return (int) v;
    }

    private static int size(DataInput in, int capacity) throws IOException {
      long n = readVar(in);
      if (n > capacity) {
        throw new IOException("set larger than its bound");
      }
      return (int) n;
    }

    private static int readMinute(DataInput in, int base) throws IOException {
      long v = readVar(in);
      return v == 0 ? 0 : Math.toIntExact(unzigzag(v - 1) + base);
    }

    private static long unzigzag(long v) {
      return (v >>> 1) ^ -(v & 1);
    }

    private static long readVar(DataInput in) throws IOException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = in.readUnsignedByte();
        v |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IOException("variable-length integer too long");
    }
  }
}
