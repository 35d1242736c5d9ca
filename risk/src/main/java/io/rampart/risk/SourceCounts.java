package io.rampart.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * In-memory {@link SourceStats}: every sign-in attempt with a known source, counted per source in a
 * sliding window of {@value #BUCKETS} buckets of {@value #BUCKET_MINUTES} minutes, in fixed memory
 * whatever the number of sources. Fed by {@link #observe} (or {@link #add}) after each event is
 * assessed, as {@link GlobalFeatureCounts} is.
 *
 * <p><b>How.</b> A count-min sketch (Cormode and Muthukrishnan, 2005) of {@value #DEPTH} rows of
 * {@value #WIDTH} cells; each source (its three keys, one per {@link SourceKind}) hashes to one
 * cell per row. A cell holds, per bucket of the window, the failed and the successful attempts, and
 * a 64-bit bitmap of the accounts that failed (linear counting, Whang, Vander-Zanden and Taylor,
 * 1990). A figure is the smallest over the rows of the cell's sum (counts) or of the estimate from
 * the union of its bitmaps (accounts) over the buckets within the window.
 *
 * <p><b>Error.</b> A cell also holds the attempts of the other sources that hash to it, so a count
 * is never below the true one and is over it by the attempts of the sources sharing its cell in
 * every row: on average at most {@code 3N / WIDTH} per row, where N is the number of attempts in
 * the window (each attempt counts under three keys), and by more than {@code e * 3N / WIDTH} with a
 * probability of at most {@code e^-DEPTH} (13.5%). With {@code N} = 10,000 failures within the
 * hour, that is under 2 per row on average. The accounts' estimate has a standard error of about
 * 10% between 10 and 100 accounts, is at least 266 once a bitmap is full, is over-estimated by the
 * failing accounts of sources sharing its cells, and is never above the source's failures.
 *
 * <p><b>Memory.</b> {@code DEPTH * WIDTH * BUCKETS * 16} bytes: 6 MiB, fixed.
 *
 * <p><b>Determinism.</b> The state after a set of attempts does not depend on their order: counts
 * add, bitmaps are ORed, and a bucket is kept per slot of the ring for the newest bucket index seen
 * in that slot (an older attempt is dropped, a newer one clears the slot first). Replaying the same
 * attempts in any order gives the same bytes ({@link #writeTo}), so a host can rebuild it from the
 * events recorded within the window. Thread-safe: updates are atomic per cell and moving a slot to
 * a new bucket is locked; an attempt counted while another one a whole window later moves its slot
 * may land in the new bucket (only hosts that apply events a window apart at the same instant see
 * it). Reads are not atomic across cells.
 */
public final class SourceCounts implements SourceStats {
  public static final int BUCKET_MINUTES = 5;
  public static final int BUCKETS = 12;
  public static final int WINDOW_MINUTES = BUCKET_MINUTES * BUCKETS;
  public static final int DEPTH = 2;
  public static final int WIDTH = 1 << 14;

  /** The estimate once a bitmap is full: 64 ln 64. */
  public static final int SATURATED = 266;

  private static final int FORMAT = 1;
  private static final int STRIDE = 2 * BUCKETS;
  private static final long FAILURE = 1L << 32;
  private static final long SUCCESS = 1L;
  private static final long NOTHING_HELD = Long.MIN_VALUE;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
  private static final SourceKind[] KINDS = SourceKind.values();

  /** Linear-counting estimates by the number of bits set in a 64-bit map. */
  private static final int[] ESTIMATES = new int[65];

  static {
    for (int bits = 0; bits < 64; bits++) {
      ESTIMATES[bits] = (int) Math.round(-64 * Math.log((64.0 - bits) / 64));
    }
    ESTIMATES[64] = SATURATED;
  }

  /** Per row and cell: {@link #BUCKETS} packed counts (failures high, successes low), then maps. */
  private final long[] cells = new long[DEPTH * WIDTH * STRIDE];

  /** The bucket index (epoch minute / bucket width) each slot of the ring holds. */
  private final long[] held = new long[BUCKETS];

  /**
   * One sign-in attempt as counted: its sources, the {@link FeatureKey} of its account, its epoch
   * minute and outcome.
   */
  public record Attempt(SourceKeys sources, long account, int minute, boolean success) {}

  public SourceCounts() {
    java.util.Arrays.fill(held, NOTHING_HELD);
  }

  /** The attempt a sign-in adds, or {@code null} for other events and sign-ins without a source. */
  public static Attempt attemptOf(RiskEvent event, EventContext context) {
    if (!(event instanceof RiskEvent.SignInAttempt s)) {
      return null;
    }
    SourceKeys keys = context.sourceKeysOf(event);
    if (keys.ip() == FeatureKey.ABSENT && keys.asn() == FeatureKey.ABSENT) {
      return null;
    }
    return new Attempt(
        keys, FeatureKey.of(s.accountId().value()), Profile.minuteOf(s.occurredAt()), s.success());
  }

  /** Counts a sign-in attempt from a known source; ignores every other event. */
  public void observe(RiskEvent event, EventContext context) {
    Attempt a = attemptOf(event, context);
    if (a != null) {
      add(a);
    }
  }

  public void add(Attempt a) {
    int slot = slotFor(a.minute());
    if (slot < 0) {
      return;
    }
    long delta = a.success() ? SUCCESS : FAILURE;
    long bit = 1L << (FeatureKey.mix(a.account()) & 63);
    for (SourceKind kind : KINDS) {
      long source = a.sources().key(kind);
      if (source == FeatureKey.ABSENT) {
        continue;
      }
      for (int row = 0; row < DEPTH; row++) {
        int base = base(row, source);
        LONGS.getAndAdd(cells, base + slot, delta);
        int map = base + BUCKETS + slot;
        if (!a.success() && (cells[map] & bit) == 0) {
          LONGS.getAndBitwiseOr(cells, map, bit);
        }
      }
    }
  }

  /**
   * Takes back the counts of an attempt added before (whose record could not be kept), if its
   * bucket is still in the window. The account's bit stays: at worst, for the rest of the window,
   * the account counts among the source's failed ones once too often.
   */
  public void takeBack(Attempt a) {
    long bucket = Math.floorDiv(a.minute(), BUCKET_MINUTES);
    int slot = (int) Math.floorMod(bucket, BUCKETS);
    if ((long) LONGS.getAcquire(held, slot) != bucket) {
      return;
    }
    long delta = a.success() ? -SUCCESS : -FAILURE;
    for (SourceKind kind : KINDS) {
      long source = a.sources().key(kind);
      if (source != FeatureKey.ABSENT) {
        for (int row = 0; row < DEPTH; row++) {
          LONGS.getAndAdd(cells, base(row, source) + slot, delta);
        }
      }
    }
  }

  @Override
  public int failures(long source, int minute) {
    return (int) (counts(source, minute) >>> 32);
  }

  @Override
  public int successes(long source, int minute) {
    return (int) counts(source, minute);
  }

  @Override
  public int failedAccounts(long source, int minute) {
    int failures = failures(source, minute);
    if (failures == 0) {
      return 0;
    }
    int live = live(minute);
    int estimate = Integer.MAX_VALUE;
    for (int row = 0; row < DEPTH; row++) {
      int maps = base(row, source) + BUCKETS;
      long union = 0;
      for (int slot = 0; slot < BUCKETS; slot++) {
        if ((live & (1 << slot)) != 0) {
          union |= cells[maps + slot];
        }
      }
      estimate = Math.min(estimate, ESTIMATES[Long.bitCount(union)]);
    }
    return Math.min(estimate, failures);
  }

  /** Failures (high 32 bits) and successes (low), each the smallest over the rows. */
  private long counts(long source, int minute) {
    if (source == FeatureKey.ABSENT) {
      return 0;
    }
    int live = live(minute);
    long failures = Long.MAX_VALUE;
    long successes = Long.MAX_VALUE;
    for (int row = 0; row < DEPTH; row++) {
      int base = base(row, source);
      long f = 0;
      long s = 0;
      for (int slot = 0; slot < BUCKETS; slot++) {
        if ((live & (1 << slot)) != 0) {
          long v = cells[base + slot];
          f += v >>> 32;
          s += v & 0xFFFF_FFFFL;
        }
      }
      failures = Math.min(failures, f);
      successes = Math.min(successes, s);
    }
    return (Math.min(failures, Integer.MAX_VALUE) << 32) | Math.min(successes, Integer.MAX_VALUE);
  }

  /** The slots holding buckets within the window ending at {@code minute}, as a bit mask. */
  private int live(int minute) {
    long newest = Math.floorDiv(minute, BUCKET_MINUTES);
    int mask = 0;
    for (int slot = 0; slot < BUCKETS; slot++) {
      long bucket = (long) LONGS.getAcquire(held, slot);
      if (bucket <= newest && bucket > newest - BUCKETS) {
        mask |= 1 << slot;
      }
    }
    return mask;
  }

  /** The slot to count an attempt at {@code minute} in, moved to its bucket; -1 if too old. */
  private int slotFor(int minute) {
    long bucket = Math.floorDiv(minute, BUCKET_MINUTES);
    int slot = (int) Math.floorMod(bucket, BUCKETS);
    long current = (long) LONGS.getAcquire(held, slot);
    if (current == bucket) {
      return slot;
    }
    if (current > bucket) {
      return -1;
    }
    synchronized (this) {
      current = held[slot];
      if (current < bucket) {
        for (int cell = 0; cell < cells.length; cell += STRIDE) {
          cells[cell + slot] = 0;
          cells[cell + BUCKETS + slot] = 0;
        }
        LONGS.setRelease(held, slot, bucket);
        return slot;
      }
      return current == bucket ? slot : -1;
    }
  }

  private static int base(int row, long source) {
    int column = (int) (source >>> (row * 32)) & (WIDTH - 1);
    return (row * WIDTH + column) * STRIDE;
  }

  /**
   * Writes the state: a format byte, the shape, the bucket each slot holds, and every non-zero cell
   * with its index. Equal states give equal bytes.
   */
  public synchronized void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORMAT);
    out.writeInt(BUCKET_MINUTES);
    out.writeInt(BUCKETS);
    out.writeInt(DEPTH);
    out.writeInt(WIDTH);
    for (long bucket : held) {
      out.writeLong(bucket);
    }
    int nonZero = 0;
    for (long v : cells) {
      nonZero += v != 0 ? 1 : 0;
    }
    out.writeInt(nonZero);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != 0) {
        out.writeInt(i);
        out.writeLong(cells[i]);
      }
    }
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @throws IOException if the bytes are not a state of this format and shape
   */
  public static SourceCounts readFrom(DataInput in) throws IOException {
    if (in.readUnsignedByte() != FORMAT
        || in.readInt() != BUCKET_MINUTES
        || in.readInt() != BUCKETS
        || in.readInt() != DEPTH
        || in.readInt() != WIDTH) {
      throw new IOException("not source counts of this format and shape");
    }
    var counts = new SourceCounts();
    for (int slot = 0; slot < BUCKETS; slot++) {
      long bucket = in.readLong();
      if (bucket != NOTHING_HELD && Math.floorMod(bucket, BUCKETS) != slot) {
        throw new IOException("bucket " + bucket + " in the wrong slot");
      }
      counts.held[slot] = bucket;
    }
    int nonZero = in.readInt();
    if (nonZero < 0 || nonZero > counts.cells.length) {
      throw new IOException("more cells than the sketch has");
    }
    int previous = -1;
    for (int n = 0; n < nonZero; n++) {
      int index = in.readInt();
      if (index <= previous || index >= counts.cells.length) {
        throw new IOException("cell index out of order or range");
      }
      counts.cells[index] = in.readLong();
      previous = index;
    }
    return counts;
  }
}
