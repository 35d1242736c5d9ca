package io.rampart.risk;

import java.util.Arrays;

/**
 * Per-asset statistics of withdrawal amounts in US dollars: an exponentially weighted moving mean
 * and variance, and the number of samples. Immutable. Averages are exact for the first {@code
 * 1/alpha} samples, then weight recent amounts by {@code alpha}. Stored as {@code float}, computed
 * in {@code double}: Java floating point is deterministic, so replays agree.
 */
public final class AmountStats {
  private final int capacity;
  private final long[] keys;
  private final int[] samples;
  private final float[] means;
  private final float[] variances;

  private AmountStats(int capacity, long[] keys, int[] samples, float[] means, float[] variances) {
    this.capacity = capacity;
    this.keys = keys;
    this.samples = samples;
    this.means = means;
    this.variances = variances;
  }

  public static AmountStats empty(int capacity) {
    return new AmountStats(capacity, new long[0], new int[0], new float[0], new float[0]);
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return keys.length;
  }

  public long key(int i) {
    return keys[i];
  }

  public int samples(int i) {
    return samples[i];
  }

  public float mean(int i) {
    return means[i];
  }

  public float variance(int i) {
    return variances[i];
  }

  public int indexOf(long key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  /** Adds one amount for the asset; when full, the asset with the fewest samples is evicted. */
  public AmountStats add(long key, double usd, double alpha) {
    int i = indexOf(key);
    long[] k = keys;
    int[] n = samples;
    float[] m = means;
    float[] v = variances;
    if (i < 0) {
      if (keys.length < capacity) {
        i = keys.length;
        k = Arrays.copyOf(keys, i + 1);
        n = Arrays.copyOf(samples, i + 1);
        m = Arrays.copyOf(means, i + 1);
        v = Arrays.copyOf(variances, i + 1);
      } else {
        i = 0;
        for (int j = 1; j < keys.length; j++) {
          if (samples[j] < samples[i]) {
            i = j;
          }
        }
        k = keys.clone();
        n = samples.clone();
        m = means.clone();
        v = variances.clone();
      }
      k[i] = key;
      n[i] = 1;
      m[i] = (float) usd;
      v[i] = 0f;
      return new AmountStats(capacity, k, n, m, v);
    }
    k = keys.clone();
    n = samples.clone();
    m = means.clone();
    v = variances.clone();
    double a = Math.max(alpha, 1.0 / (samples[i] + 1));
    double diff = usd - means[i];
    double increment = a * diff;
    m[i] = (float) (means[i] + increment);
    v[i] = (float) ((1 - a) * (variances[i] + diff * increment));
    n[i] = samples[i] == Integer.MAX_VALUE ? samples[i] : samples[i] + 1;
    return new AmountStats(capacity, k, n, m, v);
  }

  static AmountStats of(
      int capacity, long[] keys, int[] samples, float[] means, float[] variances) {
    if (keys.length > capacity) {
      throw new IllegalArgumentException("more entries than capacity");
    }
    return new AmountStats(capacity, keys, samples, means, variances);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountStats s
        && capacity == s.capacity
        && Arrays.equals(keys, s.keys)
        && Arrays.equals(samples, s.samples)
        && Arrays.equals(means, s.means)
        && Arrays.equals(variances, s.variances);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(means);
  }

  @Override
  public String toString() {
    return "AmountStats[assets=" + keys.length + "]";
  }
}
