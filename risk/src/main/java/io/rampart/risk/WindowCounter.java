package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;

/**
 * A count and a sum over a sliding window of {@code buckets} buckets of {@code widthMinutes} each,
 * kept as a ring relative to the newest addition (the head). A view of a profile's bytes, or a
 * value of its own ({@link #empty}); immutable either way. The window ending at minute {@code m}
 * covers the bucket holding {@code m} and the {@code buckets - 1} before it, so it spans between
 * {@code (buckets - 1) * width} and {@code buckets * width} minutes. Additions older than the
 * window ending at the newest one are dropped. A bucket's count stops at 255 and its sum (of
 * non-negative values, US cents in profiles) at 2<sup>32</sup> - 1; a profile's windows keep only
 * what their rules read (see {@link Profile}).
 */
public final class WindowCounter {
  private final byte[] b;
  private final int headAt;
  private final int countsAt;
  private final int sumsAt;
  private final int widthMinutes;
  private final int buckets;

  WindowCounter(byte[] bytes, int headAt, int countsAt, int sumsAt, int widthMinutes, int buckets) {
    this.b = bytes;
    this.headAt = headAt;
    this.countsAt = countsAt;
    this.sumsAt = sumsAt;
    this.widthMinutes = widthMinutes;
    this.buckets = buckets;
  }

  /** Window {@code w} of a profile. */
  static WindowCounter of(byte[] profile, int w) {
    return new WindowCounter(profile, HEAD[w], COUNTS[w], SUMS[w], WIDTH[w], BUCKETS[w]);
  }

  /** An empty window of its own, keeping counts and sums. */
  public static WindowCounter empty(int widthMinutes, int buckets) {
    if (widthMinutes < 1 || buckets < 1 || buckets > 32) {
      throw new IllegalArgumentException("width must be positive and buckets 1..32");
    }
    return new WindowCounter(new byte[4 + 5 * buckets], 0, 4, 4 + buckets, widthMinutes, buckets);
  }

  public int widthMinutes() {
    return widthMinutes;
  }

  public int buckets() {
    return buckets;
  }

  /** Index of the newest bucket (epoch minute / width); 0 while nothing was added. */
  public long head() {
    return Math.floorDiv(i32(b, headAt), widthMinutes);
  }

  public WindowCounter add(int minute, long value) {
    byte[] next = b.clone();
    int head = i32(b, headAt);
    ProfileLayout.add(next, countsAt, sumsAt, widthMinutes, buckets, head, minute, value);
    i32(next, headAt, Math.max(head, minute));
    return new WindowCounter(next, headAt, countsAt, sumsAt, widthMinutes, buckets);
  }

  /**
   * Number of additions in the window ending at {@code minute}.
   *
   * @throws IllegalStateException if this window keeps no counts
   */
  public int count(int minute) {
    if (countsAt < 0) {
      throw new IllegalStateException("this window keeps no counts");
    }
    return (int) total(b, countsAt, sumsAt, widthMinutes, buckets, i32(b, headAt), minute, false);
  }

  /**
   * Sum of the values added in the window ending at {@code minute}.
   *
   * @throws IllegalStateException if this window keeps no sums
   */
  public long sum(int minute) {
    if (sumsAt < 0) {
      throw new IllegalStateException("this window keeps no sums");
    }
    return total(b, countsAt, sumsAt, widthMinutes, buckets, i32(b, headAt), minute, true);
  }

  private int[] state() {
    int[] s = new int[2 * buckets + 1];
    s[0] = (int) head();
    for (int i = 0; i < buckets; i++) {
      s[1 + i] = countsAt < 0 ? 0 : u8(b, countsAt + i);
      s[1 + buckets + i] = sumsAt < 0 ? 0 : i32(b, sumsAt + 4 * i);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowCounter w
        && widthMinutes == w.widthMinutes
        && buckets == w.buckets
        && Arrays.equals(state(), w.state());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(state());
  }

  @Override
  public String toString() {
    return "WindowCounter[" + buckets + "x" + widthMinutes + "min]";
  }
}
