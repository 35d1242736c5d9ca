package io.rampart.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory {@link GlobalFeatureStats}, fed by {@link #observe} after each event is assessed: how
 * often each feature value was seen in successful sign-ins, in fixed memory whatever the number of
 * values.
 *
 * <p><b>How.</b> A count-min sketch (Cormode and Muthukrishnan, 2005) of {@value #DEPTH} rows of
 * {@value #WIDTH} counters: each (feature, value) pair hashes to one counter per row, a sign-in
 * adds one to the counters of its six features, and a count is the smallest of its counters (and
 * never more than the number of sign-ins).
 *
 * <p><b>Error.</b> A count is never below the true one. It is over it by the sign-ins of the values
 * sharing its counter in every row: on average at most {@code 6N / WIDTH} per row, where N is the
 * number of sign-ins counted, and by more than {@code e * 6N / WIDTH} with a probability of at most
 * {@code e^-DEPTH} (13.5%). With a million sign-ins counted that is 23 per row on average: nothing
 * for countries, networks, browsers and systems, which count in thousands, but as much as a busy IP
 * address's own count. The error only makes values look commoner than they are, which costs the
 * unfamiliar-sign-in statistic some of the credit a value familiar to the account earns, and never
 * hides a value new to the account (whose score does not depend on its global count).
 *
 * <p><b>Memory.</b> {@code DEPTH * WIDTH * 8} bytes: 4 MiB, fixed, allocated at the first count.
 *
 * <p><b>Determinism.</b> Counters only add, so the state after a set of sign-ins does not depend on
 * their order: a host may persist what it adds cell by cell ({@link #cellsOf}) and rebuild from
 * recorded sign-ins. Thread-safe: counters are updated atomically; a count read during updates may
 * miss the newest sign-ins.
 */
public final class GlobalFeatureCounts implements GlobalFeatureStats {
  public static final int DEPTH = 2;
  public static final int WIDTH = 1 << 18;

  /** Names the layout of the cells; persisted cells of another shape must be counted again. */
  public static final String SHAPE = "count-min/fnv-splitmix/" + DEPTH + "x" + WIDTH;

  /** The number of cells a sign-in adds to: one per feature and row. */
  public static final int CELLS_PER_SIGN_IN = DEPTH * 6;

  private static final int FORMAT = 1;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
  private static final Feature[] FEATURES = Feature.values();
  private static final long[] SALTS = {
    0x8CB92BA72F3D8DD7L,
    0x1D8E4E27C47D124FL,
    0x5851F42D4C957F2DL,
    0x2545F4914F6CDD1DL,
    0xD6E8FEB86659FD93L,
    0xA0761D6478BD642FL
  };

  private volatile long[] cells;

  /** Striped: every sign-in adds to it, and one shared counter would bounce between cores. */
  private final LongAdder total = new LongAdder();

  /** Counts the features of a successful sign-in; ignores every other event. */
  public void observe(RiskEvent event, IpFacts facts) {
    observe(event, new EventContext(facts, this));
  }

  /** Counts the features of a successful sign-in, as hashed in its context; ignores the rest. */
  public void observe(RiskEvent event, EventContext context) {
    if (event instanceof RiskEvent.SignInAttempt s && s.success()) {
      add(context.featuresOf(s), 1);
    }
  }

  /** Adds {@code n} sign-ins with these features ({@code n} negative takes them back). */
  public void add(SignInFeatures features, long n) {
    long[] c = cells();
    for (Feature f : FEATURES) {
      long h = hash(f, features.key(f));
      for (int row = 0; row < DEPTH; row++) {
        LONGS.getAndAdd(c, cell(row, h), n);
      }
    }
    total.add(n);
  }

  /**
   * Writes into {@code into} (at least {@link #CELLS_PER_SIGN_IN} long) the cells a sign-in with
   * these features adds one to, for a host that persists the cells it changed.
   */
  public static void cellsOf(SignInFeatures features, int[] into) {
    int i = 0;
    for (Feature f : FEATURES) {
      long h = hash(f, features.key(f));
      for (int row = 0; row < DEPTH; row++) {
        into[i++] = cell(row, h);
      }
    }
  }

  /** Adds {@code delta} to one cell, and {@code sign-ins} to the total: what a host loads. */
  public void addCell(int cell, long delta) {
    if (cell < 0 || cell >= DEPTH * WIDTH) {
      throw new IllegalArgumentException("no cell " + cell);
    }
    LONGS.getAndAdd(cells(), cell, delta);
  }

  /** Adds to the number of sign-ins counted (with {@link #addCell}). */
  public void addTotal(long signIns) {
    total.add(signIns);
  }

  /** A copy of every cell, indexed as {@link #cellsOf} names them. */
  public long[] cellsCopy() {
    long[] c = cells;
    return c == null ? new long[DEPTH * WIDTH] : c.clone();
  }

  @Override
  public long count(Feature feature, long key) {
    long[] c = cells;
    if (c == null) {
      return 0;
    }
    long h = hash(feature, key);
    long min = Long.MAX_VALUE;
    for (int row = 0; row < DEPTH; row++) {
      min = Math.min(min, c[cell(row, h)]);
    }
    return Math.max(0, Math.min(min, total.sum()));
  }

  @Override
  public long total() {
    return total.sum();
  }

  /** Writes the state: a format byte, the shape, the total and every non-zero cell. */
  public void writeTo(DataOutput out) throws IOException {
    long[] c = cellsCopy();
    out.writeByte(FORMAT);
    out.writeUTF(SHAPE);
    out.writeLong(total.sum());
    int nonZero = 0;
    for (long v : c) {
      nonZero += v != 0 ? 1 : 0;
    }
    out.writeInt(nonZero);
    for (int i = 0; i < c.length; i++) {
      if (c[i] != 0) {
        out.writeInt(i);
        out.writeLong(c[i]);
      }
    }
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @throws IOException if the bytes are not counts of this format and shape
   */
  public static GlobalFeatureCounts readFrom(DataInput in) throws IOException {
    if (in.readUnsignedByte() != FORMAT || !in.readUTF().equals(SHAPE)) {
      throw new IOException("not feature counts of this format and shape");
    }
    var counts = new GlobalFeatureCounts();
    counts.total.add(in.readLong());
    int nonZero = in.readInt();
    if (nonZero < 0 || nonZero > DEPTH * WIDTH) {
      throw new IOException("more cells than the sketch has");
    }
    int previous = -1;
    for (int n = 0; n < nonZero; n++) {
      int index = in.readInt();
      if (index <= previous || index >= DEPTH * WIDTH) {
        throw new IOException("cell index out of order or range");
      }
      counts.addCell(index, in.readLong());
      previous = index;
    }
    return counts;
  }

  private long[] cells() {
    long[] c = cells;
    if (c == null) {
      synchronized (this) {
        c = cells;
        if (c == null) {
          c = new long[DEPTH * WIDTH];
          cells = c;
        }
      }
    }
    return c;
  }

  private static long hash(Feature feature, long key) {
    return FeatureKey.mix(key ^ SALTS[feature.ordinal()]);
  }

  private static int cell(int row, long hash) {
    return row * WIDTH + ((int) (hash >>> (row * 32)) & (WIDTH - 1));
  }
}
