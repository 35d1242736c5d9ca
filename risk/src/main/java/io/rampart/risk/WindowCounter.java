package io.rampart.risk;

import java.util.Arrays;

/**
 * A count and a sum over a sliding window of {@code buckets} buckets of {@code widthMinutes} each,
 * in a ring. Immutable. The window ending at minute {@code m} covers the bucket holding {@code m}
 * and the {@code buckets - 1} before it, so it spans between {@code (buckets - 1) * width} and
 * {@code buckets * width} minutes. Additions older than the ring are dropped.
 */
public final class WindowCounter {
  private final int widthMinutes;
  private final long head;
  private final int[] counts;
  private final long[] sums;

  private WindowCounter(int widthMinutes, long head, int[] counts, long[] sums) {
    this.widthMinutes = widthMinutes;
    this.head = head;
    this.counts = counts;
    this.sums = sums;
  }

  public static WindowCounter empty(int widthMinutes, int buckets) {
    if (widthMinutes < 1 || buckets < 1 || buckets > 32) {
      throw new IllegalArgumentException("width must be positive and buckets 1..32");
    }
    return new WindowCounter(widthMinutes, 0, new int[buckets], new long[buckets]);
  }

  public int widthMinutes() {
    return widthMinutes;
  }

  public int buckets() {
    return counts.length;
  }

  /** Index of the newest bucket (epoch minute / width); 0 while nothing was added. */
  public long head() {
    return head;
  }

  /** Count in the bucket at ring position {@code i}. */
  public int bucketCount(int i) {
    return counts[i];
  }

  public long bucketSum(int i) {
    return sums[i];
  }

  public WindowCounter add(int minute, long value) {
    long index = minute / widthMinutes;
    int n = counts.length;
    if (index <= head - n) {
      return this;
    }
    int[] c = counts.clone();
    long[] s = sums.clone();
    long newHead = head;
    if (index > head) {
      for (long b = Math.max(head + 1, index - n + 1); b <= index; b++) {
        c[(int) (b % n)] = 0;
        s[(int) (b % n)] = 0;
      }
      newHead = index;
    }
    int pos = (int) (index % n);
    c[pos] = c[pos] == Integer.MAX_VALUE ? c[pos] : c[pos] + 1;
    s[pos] = Math.addExact(s[pos], value);
    return new WindowCounter(widthMinutes, newHead, c, s);
  }

  /** Number of additions in the window ending at {@code minute}. */
  public int count(int minute) {
    long total = 0;
    long index = minute / widthMinutes;
    for (long b = Math.max(index - counts.length + 1, head - counts.length + 1);
        b <= Math.min(index, head);
        b++) {
      total += counts[(int) (b % counts.length)];
    }
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  /** Sum of the values added in the window ending at {@code minute}. */
  public long sum(int minute) {
    long total = 0;
    long index = minute / widthMinutes;
    for (long b = Math.max(index - counts.length + 1, head - counts.length + 1);
        b <= Math.min(index, head);
        b++) {
      total += sums[(int) (b % counts.length)];
    }
    return total;
  }

  static WindowCounter of(int widthMinutes, long head, int[] counts, long[] sums) {
    return new WindowCounter(widthMinutes, head, counts, sums);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowCounter w
        && widthMinutes == w.widthMinutes
        && head == w.head
        && Arrays.equals(counts, w.counts)
        && Arrays.equals(sums, w.sums);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(head) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "WindowCounter[" + counts.length + "x" + widthMinutes + "min]";
  }
}
