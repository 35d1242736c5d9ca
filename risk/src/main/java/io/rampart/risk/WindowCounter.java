package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;

/**
 * A count and a sum over a sliding window of {@code buckets} buckets of {@code widthMinutes} each.
 * A view of a profile's bytes, or a value of its own ({@link #empty}); immutable either way. The
 * window ending at minute {@code m} covers the bucket holding {@code m} and the {@code buckets - 1}
 * before it, so it spans between {@code (buckets - 1) * width} and {@code buckets * width} minutes.
 * Only buckets that hold something are kept; additions older than the window ending at the newest
 * one are dropped, and sums stop at the limits of {@code long}.
 */
public final class WindowCounter {
  private final byte[] b;
  private final int at;
  private final int entries;
  private final int widthMinutes;
  private final int buckets;
  private final int head;

  WindowCounter(byte[] bytes, int at, int entries, int widthMinutes, int buckets, int head) {
    this.b = bytes;
    this.at = at;
    this.entries = entries;
    this.widthMinutes = widthMinutes;
    this.buckets = buckets;
    this.head = head;
  }

  public static WindowCounter empty(int widthMinutes, int buckets) {
    if (widthMinutes < 1 || buckets < 1 || buckets > 32) {
      throw new IllegalArgumentException("width must be positive and buckets 1..32");
    }
    return new WindowCounter(new byte[0], 0, 0, widthMinutes, buckets, 0);
  }

  public int widthMinutes() {
    return widthMinutes;
  }

  public int buckets() {
    return buckets;
  }

  /** Index of the newest bucket (epoch minute / width); 0 while nothing was added. */
  public long head() {
    return head;
  }

  public WindowCounter add(int minute, long value) {
    int headAt = 0;
    int from = 4;
    byte[] next = new byte[from + (entries + 1) * WINDOW_ENTRY];
    i32(next, headAt, head);
    System.arraycopy(b, at, next, from, entries * WINDOW_ENTRY);
    int n =
        ProfileLayout.add(
            next,
            from,
            entries,
            widthMinutes,
            buckets,
            headAt,
            from + entries * WINDOW_ENTRY,
            minute,
            value);
    return new WindowCounter(
        Arrays.copyOf(next, from + n * WINDOW_ENTRY),
        from,
        n,
        widthMinutes,
        buckets,
        i32(next, headAt));
  }

  /** Number of additions in the window ending at {@code minute}. */
  public int count(int minute) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, windowCount(b, at, entries, widthMinutes, buckets, head, minute));
  }

  /** Sum of the values added in the window ending at {@code minute}. */
  public long sum(int minute) {
    return windowSum(b, at, entries, widthMinutes, buckets, head, minute);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowCounter w
        && widthMinutes == w.widthMinutes
        && buckets == w.buckets
        && head == w.head
        && entries == w.entries
        && Arrays.equals(
            b, at, at + entries * WINDOW_ENTRY, w.b, w.at, w.at + entries * WINDOW_ENTRY);
  }

  @Override
  public int hashCode() {
    return head * 31 + entries;
  }

  @Override
  public String toString() {
    return "WindowCounter[" + buckets + "x" + widthMinutes + "min]";
  }
}
