package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bounded set of feature values (as {@link FeatureKey}s), each with the day it was first seen,
 * the minute it was last seen, and a count (which stops at 65,535). A view of a profile's bytes, or
 * a value of its own ({@link #empty}); immutable either way: {@link #touch} returns a new set. When
 * full, the least recently seen entry is evicted (ties: the least counted, then the oldest
 * inserted), so a burst of new values cannot push out a value seen as recently.
 */
public final class FeatureSet {
  private final byte[] b;
  private final int at;
  private final int size;
  private final int capacity;

  FeatureSet(byte[] bytes, int at, int size, int capacity) {
    this.b = bytes;
    this.at = at;
    this.size = size;
    this.capacity = capacity;
  }

  public static FeatureSet empty(int capacity) {
    if (capacity < 1 || capacity > 64) {
      throw new IllegalArgumentException("capacity must be 1..64");
    }
    return new FeatureSet(new byte[0], 0, 0, capacity);
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return setKey(b, at, Objects.checkIndex(i, size));
  }

  /** The first minute of the day the value was first seen. */
  public int firstSeenMinute(int i) {
    return setFirstDay(b, at, Objects.checkIndex(i, size)) * MINUTES_PER_DAY;
  }

  public int lastSeenMinute(int i) {
    return setLast(b, at, Objects.checkIndex(i, size));
  }

  public int count(int i) {
    return setCount(b, at, Objects.checkIndex(i, size));
  }

  /** The entry's index, or -1. */
  public int indexOf(long key) {
    return ProfileLayout.indexOf(b, at, size, key);
  }

  public boolean contains(long key) {
    return indexOf(key) >= 0;
  }

  /** How often the value was seen, 0 if it is not (or no longer) in the set. */
  public int countOf(long key) {
    int i = indexOf(key);
    return i < 0 ? 0 : setCount(b, at, i);
  }

  public long totalCount() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += setCount(b, at, i);
    }
    return total;
  }

  /** Records one sighting of {@code key} at {@code minute}. */
  public FeatureSet touch(long key, int minute) {
    byte[] next = new byte[(size + 1) * SET_ENTRY];
    System.arraycopy(b, at, next, 0, size * SET_ENTRY);
    int n = ProfileLayout.touch(next, 0, size, capacity, size * SET_ENTRY, key, minute);
    return new FeatureSet(Arrays.copyOf(next, n * SET_ENTRY), 0, n, capacity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureSet s
        && capacity == s.capacity
        && size == s.size
        && Arrays.equals(b, at, at + size * SET_ENTRY, s.b, s.at, s.at + size * SET_ENTRY);
  }

  @Override
  public int hashCode() {
    int h = capacity;
    for (int i = 0; i < size; i++) {
      h = h * 31 + Long.hashCode(setKey(b, at, i));
    }
    return h;
  }

  @Override
  public String toString() {
    return "FeatureSet[size=" + size + "/" + capacity + "]";
  }
}
