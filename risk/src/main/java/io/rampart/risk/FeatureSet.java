package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bounded set of feature values (as {@link FeatureKey}s, or the part of them the set keeps, see
 * {@link ProfileLayout}), most recently seen first, each with how often it was seen (stops at
 * 65,535) and, in the sets whose rules need it, the minute it was last seen. A view of a profile's
 * bytes, or a value of its own ({@link #empty}); immutable either way: {@link #touch} returns a new
 * set. When full, the least recently seen value gives way, so a burst of new values cannot push out
 * a value seen more recently than they.
 */
public final class FeatureSet {
  private final byte[] b;
  private final int sizeAt;
  private final int at;
  private final int capacity;
  private final int keyBytes;
  private final boolean timed;
  private final boolean counted;
  private final int entry;

  FeatureSet(
      byte[] bytes,
      int sizeAt,
      int at,
      int capacity,
      int keyBytes,
      boolean timed,
      boolean counted) {
    this.b = bytes;
    this.sizeAt = sizeAt;
    this.at = at;
    this.capacity = capacity;
    this.keyBytes = keyBytes;
    this.timed = timed;
    this.counted = counted;
    this.entry = keyBytes + (timed ? 4 : 0) + (counted ? 2 : 0);
  }

  /** The set of a profile. */
  static FeatureSet of(byte[] profile, int set) {
    return new FeatureSet(
        profile, SIZES + set, SET_AT[set], CAPACITY[set], KEY_BYTES[set], TIMED[set], COUNTED[set]);
  }

  /** An empty set of its own, with whole keys, counts and last-seen minutes. */
  public static FeatureSet empty(int capacity) {
    if (capacity < 1 || capacity > 64) {
      throw new IllegalArgumentException("capacity must be 1..64");
    }
    return new FeatureSet(new byte[1 + capacity * 14], 0, 1, capacity, 8, true, true);
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return b[sizeAt];
  }

  /** The key as the set keeps it. */
  public long key(int i) {
    return readKey(b, entryAt(i), keyBytes);
  }

  /**
   * The minute the value was last seen.
   *
   * @throws IllegalStateException if this set keeps no times
   */
  public int lastSeenMinute(int i) {
    if (!timed) {
      throw new IllegalStateException("this set keeps no times");
    }
    return i32(b, entryAt(i) + keyBytes);
  }

  /** How often the value was seen; 1 in a set that keeps no counts. */
  public int count(int i) {
    int e = entryAt(i);
    return counted ? u16(b, e + entry - 2) : 1;
  }

  /** The entry's index, or -1. */
  public int indexOf(long key) {
    return ProfileLayout.indexOf(b, at, size(), entry, keyBytes, truncate(keyBytes, key));
  }

  public boolean contains(long key) {
    return indexOf(key) >= 0;
  }

  /** How often the value was seen, 0 if it is not (or no longer) in the set. */
  public int countOf(long key) {
    int i = indexOf(key);
    return i < 0 ? 0 : count(i);
  }

  public long totalCount() {
    long total = 0;
    for (int i = 0; i < size(); i++) {
      total += count(i);
    }
    return total;
  }

  /** Records one sighting of {@code key} at {@code minute}. */
  public FeatureSet touch(long key, int minute) {
    byte[] next = Arrays.copyOfRange(b, 0, b.length);
    ProfileLayout.touch(next, sizeAt, at, capacity, keyBytes, timed, counted, key, minute);
    return new FeatureSet(next, sizeAt, at, capacity, keyBytes, timed, counted);
  }

  private int entryAt(int i) {
    return at + Objects.checkIndex(i, size()) * entry;
  }

  private int end() {
    return at + size() * entry;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureSet s
        && capacity == s.capacity
        && entry == s.entry
        && keyBytes == s.keyBytes
        && size() == s.size()
        && Arrays.equals(b, at, end(), s.b, s.at, s.end());
  }

  @Override
  public int hashCode() {
    int h = capacity;
    for (int i = 0; i < size(); i++) {
      h = h * 31 + Long.hashCode(key(i));
    }
    return h;
  }

  @Override
  public String toString() {
    return "FeatureSet[size=" + size() + "/" + capacity + "]";
  }
}
