package io.rampart.risk;

import java.util.Arrays;

/**
 * How often the account was active in each hour of the day (UTC). Immutable. Counts stay below
 * {@value #MAX}: when one would reach it, all are halved, so old habits fade.
 */
public final class HourHistogram {
  public static final int MAX = 255;
  public static final HourHistogram EMPTY = new HourHistogram(new int[24]);
  private final int[] counts;

  private HourHistogram(int[] counts) {
    this.counts = counts;
  }

  public int count(int hour) {
    return counts[hour];
  }

  public int total() {
    int t = 0;
    for (int c : counts) {
      t += c;
    }
    return t;
  }

  public HourHistogram add(int hour) {
    int[] next = counts.clone();
    if (next[hour] + 1 >= MAX) {
      for (int h = 0; h < 24; h++) {
        next[h] /= 2;
      }
    }
    next[hour]++;
    return new HourHistogram(next);
  }

  static HourHistogram of(int[] counts) {
    if (counts.length != 24) {
      throw new IllegalArgumentException("24 hours");
    }
    return new HourHistogram(counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HourHistogram h && Arrays.equals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "HourHistogram" + Arrays.toString(counts);
  }
}
