package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.util.Arrays;

/**
 * Disjoint IPv4 and IPv6 address ranges, each with an {@code int} value, in sorted primitive
 * arrays: a lookup is one binary search, with no objects per range. Immutable and thread-safe.
 */
public final class AddressRanges {
  /** What {@link #find} answers for an address in no range. */
  public static final int ABSENT = -1;

  public static final AddressRanges EMPTY = new Builder().union();

  // IPv4 bounds are unsigned 32-bit values held in ints.
  private final int[] v4Starts;
  private final int[] v4Ends;
  private final int[] v4Values;
  private final long[] v6StartHi;
  private final long[] v6StartLo;
  private final long[] v6EndHi;
  private final long[] v6EndLo;
  private final int[] v6Values;
  private final int clipped;

  private AddressRanges(Family v4, Family v6, int clipped) {
    this.v4Starts = v4.lowInts(v4.startLo);
    this.v4Ends = v4.lowInts(v4.endLo);
    this.v4Values = Arrays.copyOf(v4.values, v4.size);
    this.v6StartHi = Arrays.copyOf(v6.startHi, v6.size);
    this.v6StartLo = Arrays.copyOf(v6.startLo, v6.size);
    this.v6EndHi = Arrays.copyOf(v6.endHi, v6.size);
    this.v6EndLo = Arrays.copyOf(v6.endLo, v6.size);
    this.v6Values = Arrays.copyOf(v6.values, v6.size);
    this.clipped = clipped;
  }

  /** The value of the range holding {@code ip}, or {@link #ABSENT}. */
  public int find(IpAddress ip) {
    return ip.v4() ? findV4((int) ip.lo()) : findV6(ip.hi(), ip.lo());
  }

  private int findV4(int ip) {
    int low = 0;
    int high = v4Starts.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (Integer.compareUnsigned(v4Starts[mid], ip) <= 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high >= 0 && Integer.compareUnsigned(ip, v4Ends[high]) <= 0 ? v4Values[high] : ABSENT;
  }

  private int findV6(long hi, long lo) {
    int low = 0;
    int high = v6StartHi.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (compare(v6StartHi[mid], v6StartLo[mid], hi, lo) <= 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high >= 0 && compare(hi, lo, v6EndHi[high], v6EndLo[high]) <= 0
        ? v6Values[high]
        : ABSENT;
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int byHigh = Long.compareUnsigned(aHi, bHi);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(aLo, bLo);
  }

  /** How many disjoint ranges there are. */
  public int size() {
    return v4Starts.length + v6StartHi.length;
  }

  /** How many ranges {@link Builder#firstWins} shortened or dropped because they overlapped. */
  public int clipped() {
    return clipped;
  }

  /** Bytes of heap held by the arrays, for the operator's status and the benchmarks. */
  public long heapBytes() {
    return 12L * v4Starts.length + 36L * v6StartHi.length;
  }

  /** Collects ranges of both families in any order; not thread-safe. */
  public static final class Builder {
    private final Family v4 = new Family();
    private final Family v6 = new Family();

    /**
     * Adds the range from {@code start} to {@code end} inclusive.
     *
     * @throws IllegalArgumentException if the bounds are of different families or out of order
     */
    public Builder add(IpAddress start, IpAddress end, int value) {
      if (start.v4() != end.v4() || start.compareTo(end) > 0) {
        throw new IllegalArgumentException("a range runs from its first to its last address");
      }
      (start.v4() ? v4 : v6).append(start.hi(), start.lo(), end.hi(), end.lo(), value);
      return this;
    }

    /** Adds the block of {@code prefixLength} bits starting at {@code network}. */
    public Builder addNetwork(IpAddress network, int prefixLength, int value) {
      return add(network.networkStart(prefixLength), network.networkEnd(prefixLength), value);
    }

    /** Membership only: overlapping and adjacent ranges merge, every value becomes 0. */
    public AddressRanges union() {
      v4.sortByStart();
      v6.sortByStart();
      v4.merge();
      v6.merge();
      return new AddressRanges(v4, v6, 0);
    }

    /**
     * Keeps each range's value. Where ranges overlap, the one that starts first (of two that start
     * together, the one added first) keeps the addresses they share; the other is shortened, or
     * dropped if nothing is left of it.
     */
    public AddressRanges firstWins() {
      v4.sortByStart();
      v6.sortByStart();
      int clipped = v4.clip() + v6.clip();
      return new AddressRanges(v4, v6, clipped);
    }
  }

  /** The ranges of one family, as growable parallel arrays. */
  private static final class Family {
    private long[] startHi = new long[16];
    private long[] startLo = new long[16];
    private long[] endHi = new long[16];
    private long[] endLo = new long[16];
    private int[] values = new int[16];
    private int size;

    private void append(long sHi, long sLo, long eHi, long eLo, int value) {
      if (size == startHi.length) {
        int capacity = size * 2;
        startHi = Arrays.copyOf(startHi, capacity);
        startLo = Arrays.copyOf(startLo, capacity);
        endHi = Arrays.copyOf(endHi, capacity);
        endLo = Arrays.copyOf(endLo, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      startHi[size] = sHi;
      startLo[size] = sLo;
      endHi[size] = eHi;
      endLo[size] = eLo;
      values[size] = value;
      size++;
    }

    /** Sorts by start, stably, so that ranges starting together stay in the order added. */
    private void sortByStart() {
      boolean sorted = true;
      for (int i = 1; i < size && sorted; i++) {
        sorted = compare(startHi[i - 1], startLo[i - 1], startHi[i], startLo[i]) <= 0;
      }
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[size];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> compare(startHi[a], startLo[a], startHi[b], startLo[b]));
      startHi = permute(startHi, order);
      startLo = permute(startLo, order);
      endHi = permute(endHi, order);
      endLo = permute(endLo, order);
      int[] permuted = new int[size];
      for (int i = 0; i < size; i++) {
        permuted[i] = values[order[i]];
      }
      values = permuted;
    }

    private long[] permute(long[] source, Integer[] order) {
      long[] permuted = new long[size];
      for (int i = 0; i < size; i++) {
        permuted[i] = source[order[i]];
      }
      return permuted;
    }

    /** Joins sorted ranges that overlap or touch. */
    private void merge() {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (kept > 0 && !leavesGap(kept - 1, startHi[i], startLo[i])) {
          if (compare(endHi[i], endLo[i], endHi[kept - 1], endLo[kept - 1]) > 0) {
            endHi[kept - 1] = endHi[i];
            endLo[kept - 1] = endLo[i];
          }
          continue;
        }
        move(i, kept++, 0);
      }
      size = kept;
    }

    /** Whether a range starting at (hi, lo) leaves a gap after range {@code k}. */
    private boolean leavesGap(int k, long hi, long lo) {
      if (endHi[k] == -1L && endLo[k] == -1L) {
        return false;
      }
      long nextLo = endLo[k] + 1;
      long nextHi = endHi[k] + (nextLo == 0 ? 1 : 0);
      return compare(hi, lo, nextHi, nextLo) > 0;
    }

    /** Cuts sorted ranges so that none overlaps one before it; returns how many it cut. */
    private int clip() {
      int kept = 0;
      int clipped = 0;
      for (int i = 0; i < size; i++) {
        if (kept > 0 && compare(startHi[i], startLo[i], endHi[kept - 1], endLo[kept - 1]) <= 0) {
          clipped++;
          if (compare(endHi[i], endLo[i], endHi[kept - 1], endLo[kept - 1]) <= 0) {
            continue;
          }
          long lo = endLo[kept - 1] + 1;
          startHi[i] = endHi[kept - 1] + (lo == 0 ? 1 : 0);
          startLo[i] = lo;
        }
        move(i, kept++, values[i]);
      }
      size = kept;
      return clipped;
    }

    private void move(int from, int to, int value) {
      startHi[to] = startHi[from];
      startLo[to] = startLo[from];
      endHi[to] = endHi[from];
      endLo[to] = endLo[from];
      values[to] = value;
    }

    private int[] lowInts(long[] longs) {
      int[] ints = new int[size];
      for (int i = 0; i < size; i++) {
        ints[i] = (int) longs[i];
      }
      return ints;
    }
  }
}
