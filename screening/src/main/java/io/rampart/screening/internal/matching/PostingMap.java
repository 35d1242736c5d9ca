package io.rampart.screening.internal.matching;

import java.util.Arrays;

/**
 * An immutable map from 64-bit key hashes to sorted arrays of name ids, with open addressing. Two
 * keys whose hashes collide share a posting list: that only adds candidates, which scoring then
 * sorts out, so a collision can never lose a match.
 */
final class PostingMap {
  private static final int[] NONE = new int[0];

  private final long[] keys;
  private final int[][] values;
  private final int mask;
  private final int size;

  private PostingMap(long[] keys, int[][] values, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.size = size;
  }

  int[] get(long hash) {
    long key = keyOf(hash);
    int slot = mix(key) & mask;
    while (true) {
      int[] value = values[slot];
      if (value == null) return NONE;
      if (keys[slot] == key) return value;
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** Approximate heap bytes held. */
  long bytes() {
    long total = 16L + keys.length * 8L + 16L + values.length * 4L;
    for (int[] v : values) if (v != null) total += 16L + v.length * 4L;
    return total;
  }

  private static final int ID_BITS = 24;

  private static long keyOf(long hash) {
    return hash >>> ID_BITS;
  }

  static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** FNV-1a over a tag character and the text. */
  static long hash(char tag, CharSequence text) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ tag) * 0x100000001b3L;
    for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 0x100000001b3L;
    return h;
  }

  /**
   * Collects key, id pairs, then freezes them into a map with sorted, distinct ids per key. Each
   * pair is packed into one {@code long} (40 bits of key hash, 24 bits of id) so that one primitive
   * sort groups them.
   */
  static final class Builder {
    static final int MAX_IDS = 1 << ID_BITS;

    private long[] packed = new long[1 << 16];
    private int pairs;

    void add(long key, int id) {
      if (id < 0 || id >= MAX_IDS) throw new IllegalArgumentException("too many names");
      if (pairs == packed.length) packed = Arrays.copyOf(packed, pairs * 2);
      packed[pairs++] = (keyOf(key) << ID_BITS) | id;
    }

    PostingMap build() {
      Arrays.sort(packed, 0, pairs);
      int distinct = 0;
      for (int i = 0; i < pairs; i++) {
        if (i == 0 || (packed[i] >>> ID_BITS) != (packed[i - 1] >>> ID_BITS)) distinct++;
      }
      int capacity = Integer.highestOneBit(Math.max(4, distinct * 2 - 1)) << 1;
      long[] keys = new long[capacity];
      int[][] values = new int[capacity][];
      int[] ids = new int[16];
      int i = 0;
      while (i < pairs) {
        long key = packed[i] >>> ID_BITS;
        int count = 0;
        int last = -1;
        while (i < pairs && (packed[i] >>> ID_BITS) == key) {
          int id = (int) (packed[i] & (MAX_IDS - 1));
          if (id != last) {
            if (count == ids.length) ids = Arrays.copyOf(ids, count * 2);
            ids[count++] = id;
            last = id;
          }
          i++;
        }
        int slot = mix(key) & (capacity - 1);
        while (values[slot] != null) slot = (slot + 1) & (capacity - 1);
        keys[slot] = key;
        values[slot] = Arrays.copyOf(ids, count);
      }
      packed = null;
      return new PostingMap(keys, values, distinct);
    }
  }
}
