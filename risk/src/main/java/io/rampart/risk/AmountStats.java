package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-asset statistics of withdrawal amounts in US dollars: an exponentially weighted moving mean
 * and variance, and the number of samples. A view of a profile's bytes, or a value of its own;
 * immutable either way. Averages are exact for the first {@code 1/alpha} samples, then weight
 * recent amounts by {@code alpha}. Stored as {@code float}, computed in {@code double}: Java
 * floating point is deterministic, so replays agree.
 */
public final class AmountStats {
  private final byte[] b;
  private final int at;
  private final int size;
  private final int capacity;

  AmountStats(byte[] bytes, int at, int size, int capacity) {
    this.b = bytes;
    this.at = at;
    this.size = size;
    this.capacity = capacity;
  }

  public static AmountStats empty(int capacity) {
    return new AmountStats(new byte[0], 0, 0, capacity);
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return amountKey(b, at, Objects.checkIndex(i, size));
  }

  public int samples(int i) {
    return amountSamples(b, at, Objects.checkIndex(i, size));
  }

  public float mean(int i) {
    return amountMean(b, at, Objects.checkIndex(i, size));
  }

  public float variance(int i) {
    return amountVariance(b, at, Objects.checkIndex(i, size));
  }

  public int indexOf(long key) {
    return amountIndex(b, at, size, key);
  }

  /** Adds one amount for the asset; when full, the asset with the fewest samples is evicted. */
  public AmountStats add(long key, double usd, double alpha) {
    byte[] next = new byte[(size + 1) * AMOUNT_ENTRY];
    System.arraycopy(b, at, next, 0, size * AMOUNT_ENTRY);
    int n = addAmount(next, 0, size, capacity, size * AMOUNT_ENTRY, key, usd, alpha);
    return new AmountStats(Arrays.copyOf(next, n * AMOUNT_ENTRY), 0, n, capacity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountStats s
        && capacity == s.capacity
        && size == s.size
        && Arrays.equals(b, at, at + size * AMOUNT_ENTRY, s.b, s.at, s.at + size * AMOUNT_ENTRY);
  }

  @Override
  public int hashCode() {
    return size * 31 + capacity;
  }

  @Override
  public String toString() {
    return "AmountStats[assets=" + size + "]";
  }
}
