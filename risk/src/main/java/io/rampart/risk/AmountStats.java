package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-asset statistics of withdrawal amounts in US dollars: an exponentially weighted moving mean
 * and variance, and the number of samples (stops at 65,535). A view of a profile's bytes, or a
 * value of its own; immutable either way. Averages are exact for the first {@code 1/alpha} samples,
 * then weight recent amounts by {@code alpha}. Stored as {@code float}, computed in {@code double}:
 * Java floating point is deterministic, so replays agree. Assets are told apart by the low 32 bits
 * of their {@link FeatureKey} (an exchange lists a few hundred).
 */
public final class AmountStats {
  private final byte[] b;
  private final int sizeAt;
  private final int at;
  private final int capacity;

  AmountStats(byte[] bytes, int sizeAt, int at, int capacity) {
    this.b = bytes;
    this.sizeAt = sizeAt;
    this.at = at;
    this.capacity = capacity;
  }

  static AmountStats of(byte[] profile) {
    return new AmountStats(profile, AMOUNT_SIZE, AMOUNTS, ASSETS);
  }

  public static AmountStats empty(int capacity) {
    return new AmountStats(new byte[1 + capacity * AMOUNT_ENTRY], 0, 1, capacity);
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return b[sizeAt];
  }

  /** The low 32 bits of the asset's key. */
  public long key(int i) {
    return u32(b, entryAt(i));
  }

  public int samples(int i) {
    return u16(b, entryAt(i) + 4);
  }

  public float mean(int i) {
    return f32(b, entryAt(i) + 6);
  }

  public float variance(int i) {
    return f32(b, entryAt(i) + 10);
  }

  public int indexOf(long key) {
    return amountIndex(b, at, size(), key);
  }

  /** Adds one amount for the asset; when full, the asset with the fewest samples is evicted. */
  public AmountStats add(long key, double usd, double alpha) {
    byte[] next = b.clone();
    addAmount(next, sizeAt, at, capacity, key, usd, alpha);
    return new AmountStats(next, sizeAt, at, capacity);
  }

  private int entryAt(int i) {
    return at + Objects.checkIndex(i, size()) * AMOUNT_ENTRY;
  }

  private int end() {
    return at + size() * AMOUNT_ENTRY;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountStats s
        && capacity == s.capacity
        && size() == s.size()
        && Arrays.equals(b, at, end(), s.b, s.at, s.end());
  }

  @Override
  public int hashCode() {
    return size() * 31 + capacity;
  }

  @Override
  public String toString() {
    return "AmountStats[assets=" + size() + "]";
  }
}
