package io.rampart.risk;

import java.util.Arrays;

/**
 * How often the account was active in each hour of the day (UTC). A view of a profile's bytes, or a
 * value of its own; immutable either way. Counts stay below {@value #MAX}: when one would reach it,
 * all are halved, so old habits fade.
 */
public final class HourHistogram {
  public static final int MAX = 255;
  public static final HourHistogram EMPTY = new HourHistogram(new byte[24], 0);
  private final byte[] b;
  private final int at;

  HourHistogram(byte[] bytes, int at) {
    this.b = bytes;
    this.at = at;
  }

  public int count(int hour) {
    return b[at + java.util.Objects.checkIndex(hour, 24)] & 0xFF;
  }

  public int total() {
    int t = 0;
    for (int h = 0; h < 24; h++) {
      t += b[at + h] & 0xFF;
    }
    return t;
  }

  public HourHistogram add(int hour) {
    byte[] next = Arrays.copyOfRange(b, at, at + 24);
    ProfileLayout.addHour(next, 0, hour, MAX);
    return new HourHistogram(next, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HourHistogram h && Arrays.equals(b, at, at + 24, h.b, h.at, h.at + 24);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(Arrays.copyOfRange(b, at, at + 24));
  }

  @Override
  public String toString() {
    int[] counts = new int[24];
    for (int h = 0; h < 24; h++) {
      counts[h] = count(h);
    }
    return "HourHistogram" + Arrays.toString(counts);
  }
}
