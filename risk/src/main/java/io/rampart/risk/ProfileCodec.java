package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import io.rampart.risk.internal.ByteArrayInput;
import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The binary form of a {@link Profile}. Version 2 ({@link #VERSION}) is the profile's own layout
 * ({@link ProfileLayout}), so encoding and decoding are copies; decoding checks every size, order
 * and range the engine relies on, and refuses anything else. Version 1, the variable-length form
 * written before, is still read (first-seen times become days, counts stop at 65,535); it is never
 * written. Layout capacities (window widths, set capacities) are those of {@link Profile#EMPTY},
 * not stored; changing them needs a new version.
 */
public final class ProfileCodec {
  public static final int VERSION = ProfileLayout.VERSION;

  private ProfileCodec() {}

  public static byte[] encode(Profile p) {
    return p.bytes().clone();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a profile this version can read
   */
  public static Profile decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("corrupt profile: no bytes");
    }
    return switch (bytes[0]) {
      case VERSION -> new Profile(checked(bytes.clone()));
      case 1 -> V1.decode(bytes);
      default -> throw new IllegalArgumentException("unknown profile version " + (bytes[0] & 0xFF));
    };
  }

  /** The bytes if they are a valid version-2 profile; refused otherwise. */
  private static byte[] checked(byte[] b) {
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
    float latitude = f32(b, LATITUDE);
    float longitude = f32(b, LONGITUDE);
    if (i64(b, LOCATION_SECOND) == Long.MIN_VALUE
        ? latitude != 0 || longitude != 0
        : !(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
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

    static Profile decode(byte[] bytes) {
      try {
        var in = new ByteArrayInput(bytes);
        byte[] b = read(in);
        if (in.remaining() != 0) {
          throw new IllegalArgumentException("trailing bytes after profile");
        }
        return new Profile(checked(b));
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
      int assets = size(in, Profile.ASSETS);
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
