package io.rampart.risk;

import io.rampart.risk.internal.ByteArrayInput;
import io.rampart.risk.internal.ByteArrayOutput;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The compact binary form of a {@link Profile}: a version byte, then variable-length integers with
 * minutes relative to the first-seen minute, and only the non-empty buckets of each counter.
 * Decoding refuses unknown versions and sizes beyond a profile's bounds. Layout capacities (window
 * widths, set capacities) are those of {@link Profile#EMPTY}, not stored; changing them needs a new
 * version.
 */
public final class ProfileCodec {
  public static final int VERSION = 1;

  private ProfileCodec() {}

  public static byte[] encode(Profile p) {
    var out = new ByteArrayOutput(384);
    try {
      write(p, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a profile this version can read
   */
  public static Profile decode(byte[] bytes) {
    try {
      var in = new ByteArrayInput(bytes);
      Profile p = read(in);
      if (in.remaining() != 0) {
        throw new IllegalArgumentException("trailing bytes after profile");
      }
      return p;
    } catch (IOException | ArithmeticException e) {
      throw new IllegalArgumentException("corrupt profile: " + e.getMessage(), e);
    }
  }

  public static void write(Profile p, DataOutput out) throws IOException {
    out.writeByte(VERSION);
    int base = p.firstSeenMinute();
    writeVar(out, base);
    writeMinute(out, p.lastActivityMinute(), base);
    writeMinute(out, p.lastNewDeviceMinute(), base);
    for (FeatureSet s : sets(p)) {
      writeSet(out, s, base);
    }
    LastLocation l = p.lastLocation();
    out.writeBoolean(l.known());
    if (l.known()) {
      out.writeFloat(l.latitude());
      out.writeFloat(l.longitude());
      writeVar(out, zigzag(l.epochSecond() - base * 60L));
    }
    int mask = 0;
    for (int h = 0; h < 24; h++) {
      mask |= p.hours().count(h) != 0 ? 1 << h : 0;
    }
    writeVar(out, mask);
    for (int h = 0; h < 24; h++) {
      if (p.hours().count(h) != 0) {
        writeVar(out, p.hours().count(h));
      }
    }
    for (WindowCounter w : counters(p)) {
      writeCounter(out, w);
    }
    AmountStats a = p.amounts();
    writeVar(out, a.size());
    for (int i = 0; i < a.size(); i++) {
      out.writeLong(a.key(i));
      writeVar(out, a.samples(i));
      out.writeFloat(a.mean(i));
      out.writeFloat(a.variance(i));
    }
  }

  public static Profile read(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException("unknown profile version " + version);
    }
    Profile e = Profile.EMPTY;
    int base = readInt(in);
    int lastActivity = readMinute(in, base);
    int newDevice = readMinute(in, base);
    FeatureSet[] s = new FeatureSet[10];
    FeatureSet[] templates = sets(e);
    for (int i = 0; i < s.length; i++) {
      s[i] = readSet(in, templates[i].capacity(), base);
    }
    LastLocation location = LastLocation.NONE;
    if (in.readBoolean()) {
      float lat = in.readFloat();
      float lon = in.readFloat();
      location = new LastLocation(lat, lon, unzigzag(readVar(in)) + base * 60L);
    }
    int mask = readInt(in);
    int[] hours = new int[24];
    for (int h = 0; h < 24; h++) {
      if ((mask & (1 << h)) != 0) {
        hours[h] = readInt(in);
      }
    }
    WindowCounter[] w = counters(e);
    for (int i = 0; i < w.length; i++) {
      w[i] = readCounter(in, w[i]);
    }
    int assets = size(in, Profile.ASSETS);
    long[] keys = new long[assets];
    int[] samples = new int[assets];
    float[] means = new float[assets];
    float[] variances = new float[assets];
    for (int i = 0; i < assets; i++) {
      keys[i] = in.readLong();
      samples[i] = readInt(in);
      means[i] = in.readFloat();
      variances[i] = in.readFloat();
    }
    return new Profile(
        base,
        lastActivity,
        newDevice,
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        s[5],
        s[6],
        s[7],
        s[8],
        s[9],
        location,
        HourHistogram.of(hours),
        w[0],
        w[1],
        w[2],
        w[3],
        AmountStats.of(Profile.ASSETS, keys, samples, means, variances));
  }

  private static FeatureSet[] sets(Profile p) {
    return new FeatureSet[] {
      p.devices(),
      p.ips(),
      p.asns(),
      p.countries(),
      p.userAgents(),
      p.browsers(),
      p.operatingSystems(),
      p.usedAddresses(),
      p.addedAddresses(),
      p.securityChanges()
    };
  }

  private static WindowCounter[] counters(Profile p) {
    return new WindowCounter[] {
      p.failedSignIns(), p.withdrawalsHour(), p.withdrawalsDay(), p.withdrawalsWeek()
    };
  }

  private static void writeSet(DataOutput out, FeatureSet s, int base) throws IOException {
    writeVar(out, s.size());
    for (int i = 0; i < s.size(); i++) {
      out.writeLong(s.key(i));
      writeMinute(out, s.firstSeenMinute(i), base);
      writeVar(out, (long) s.lastSeenMinute(i) - s.firstSeenMinute(i));
      writeVar(out, s.count(i));
    }
  }

  private static FeatureSet readSet(DataInput in, int capacity, int base) throws IOException {
    int n = size(in, capacity);
    if (n == 0) {
      return FeatureSet.empty(capacity);
    }
    long[] keys = new long[n];
    int[] first = new int[n];
    int[] last = new int[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
      first[i] = readMinute(in, base);
      last[i] = Math.toIntExact(first[i] + readVar(in));
      counts[i] = readInt(in);
    }
    return FeatureSet.of(capacity, keys, first, last, counts);
  }

  private static void writeCounter(DataOutput out, WindowCounter w) throws IOException {
    writeVar(out, w.head());
    int mask = 0;
    for (int i = 0; i < w.buckets(); i++) {
      mask |= w.bucketCount(i) != 0 || w.bucketSum(i) != 0 ? 1 << i : 0;
    }
    writeVar(out, mask & 0xffffffffL);
    for (int i = 0; i < w.buckets(); i++) {
      if ((mask & (1 << i)) != 0) {
        writeVar(out, w.bucketCount(i));
        writeVar(out, zigzag(w.bucketSum(i)));
      }
    }
  }

  private static WindowCounter readCounter(DataInput in, WindowCounter template)
      throws IOException {
    long head = readVar(in);
    if (head < 0 || head > Integer.MAX_VALUE) {
      throw new IOException("window head out of range");
    }
    long mask = readVar(in);
    if (mask >>> template.buckets() != 0) {
      throw new IOException("bucket beyond the window");
    }
    int[] counts = new int[template.buckets()];
    long[] sums = new long[template.buckets()];
    for (int i = 0; i < counts.length; i++) {
      if ((mask & (1L << i)) != 0) {
        counts[i] = readInt(in);
        sums[i] = unzigzag(readVar(in));
      }
    }
    return WindowCounter.of(template.widthMinutes(), head, counts, sums);
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

  private static void writeMinute(DataOutput out, int minute, int base) throws IOException {
    writeVar(out, minute == 0 ? 0 : zigzag((long) minute - base) + 1);
  }

  private static int readMinute(DataInput in, int base) throws IOException {
    long v = readVar(in);
    return v == 0 ? 0 : Math.toIntExact(unzigzag(v - 1) + base);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static void writeVar(DataOutput out, long v) throws IOException {
    while ((v & ~0x7fL) != 0) {
      out.writeByte((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
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
