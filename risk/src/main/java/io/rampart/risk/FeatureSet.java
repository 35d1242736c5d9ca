package io.rampart.risk;

import java.util.Arrays;

/**
 * A bounded set of feature values (as {@link FeatureKey}s), each with first and last seen (epoch
 * minutes) and a count. Immutable: {@link #touch} returns a new set. When full, the least recently
 * seen entry is evicted (ties: the least counted, then the oldest inserted), so a burst of new
 * values cannot push out a value seen as recently.
 */
public final class FeatureSet {
  private static final long[] NO_KEYS = {};
  private static final int[] NO_INTS = {};
  private final int capacity;
  private final long[] keys;
  private final int[] first;
  private final int[] last;
  private final int[] counts;

  private FeatureSet(int capacity, long[] keys, int[] first, int[] last, int[] counts) {
    this.capacity = capacity;
    this.keys = keys;
    this.first = first;
    this.last = last;
    this.counts = counts;
  }

  public static FeatureSet empty(int capacity) {
    if (capacity < 1 || capacity > 64) {
      throw new IllegalArgumentException("capacity must be 1..64");
    }
    return new FeatureSet(capacity, NO_KEYS, NO_INTS, NO_INTS, NO_INTS);
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

  public int firstSeenMinute(int i) {
    return first[i];
  }

  public int lastSeenMinute(int i) {
    return last[i];
  }

  public int count(int i) {
    return counts[i];
  }

  /** The entry's index, or -1. */
  public int indexOf(long key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  public boolean contains(long key) {
    return indexOf(key) >= 0;
  }

  /** How often the value was seen, 0 if it is not (or no longer) in the set. */
  public int countOf(long key) {
    int i = indexOf(key);
    return i < 0 ? 0 : counts[i];
  }

  public long totalCount() {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    return total;
  }

  /** Records one sighting of {@code key} at {@code minute}. */
  public FeatureSet touch(long key, int minute) {
    int i = indexOf(key);
    if (i >= 0) {
      // Arrays are never written after construction, so unchanged ones are shared.
      int[] c = counts.clone();
      c[i] = counts[i] == Integer.MAX_VALUE ? counts[i] : counts[i] + 1;
      int[] f = first;
      if (minute < first[i]) {
        f = first.clone();
        f[i] = minute;
      }
      int[] l = last;
      if (minute > last[i]) {
        l = last.clone();
        l[i] = minute;
      }
      return new FeatureSet(capacity, keys, f, l, c);
    }
    if (keys.length < capacity) {
      var next = copy(keys.length + 1);
      next.set(keys.length, key, minute, minute, 1);
      return next;
    }
    int victim = victim();
    var next = copy(keys.length);
    System.arraycopy(keys, victim + 1, next.keys, victim, keys.length - victim - 1);
    System.arraycopy(first, victim + 1, next.first, victim, keys.length - victim - 1);
    System.arraycopy(last, victim + 1, next.last, victim, keys.length - victim - 1);
    System.arraycopy(counts, victim + 1, next.counts, victim, keys.length - victim - 1);
    next.set(keys.length - 1, key, minute, minute, 1);
    return next;
  }

  /** Rebuilds a set from its parts (for {@link ProfileCodec}); entries beyond capacity fail. */
  static FeatureSet of(int capacity, long[] keys, int[] first, int[] last, int[] counts) {
    if (keys.length > capacity) {
      throw new IllegalArgumentException("more entries than capacity");
    }
    return new FeatureSet(capacity, keys, first, last, counts);
  }

  private int victim() {
    int v = 0;
    for (int i = 1; i < keys.length; i++) {
      if (last[i] < last[v] || (last[i] == last[v] && counts[i] < counts[v])) {
        v = i;
      }
    }
    return v;
  }

  private FeatureSet copy(int length) {
    return new FeatureSet(
        capacity,
        Arrays.copyOf(keys, length),
        Arrays.copyOf(first, length),
        Arrays.copyOf(last, length),
        Arrays.copyOf(counts, length));
  }

  private void set(int i, long key, int firstMinute, int lastMinute, int count) {
    keys[i] = key;
    first[i] = firstMinute;
    last[i] = lastMinute;
    counts[i] = count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureSet s
        && capacity == s.capacity
        && Arrays.equals(keys, s.keys)
        && Arrays.equals(first, s.first)
        && Arrays.equals(last, s.last)
        && Arrays.equals(counts, s.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "FeatureSet[size=" + keys.length + "/" + capacity + "]";
  }
}
