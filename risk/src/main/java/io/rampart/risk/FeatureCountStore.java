package io.rampart.risk;

import java.util.Map;

/**
 * Port: where a host persists the global feature counts ({@link GlobalFeatureCounts}) as they grow:
 * the sketch's cells, its shape and the number of sign-ins counted. Implemented in store
 * (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract: {@link #add} adds each delta to its cell and {@code totalDelta} to the total,
 * atomically with the caller's transaction, and MUST fail, changing nothing, when no sketch is
 * stored. {@link #replace} stores the given sketch in place of whatever was stored, atomically.
 * {@link #stored} is {@code null} while nothing is stored; {@link #forEachCell} hands every
 * non-zero cell to the sink, in no particular order, without holding them all in memory.
 * Implementations are thread-safe.
 */
public interface FeatureCountStore {
  /** Receives stored cells one at a time. */
  @FunctionalInterface
  interface CellSink {
    void accept(int cell, long count);
  }

  /** The stored sketch's shape ({@link GlobalFeatureCounts#SHAPE}) and sign-ins counted. */
  record Stored(String shape, long total) {}

  void add(Map<Integer, Long> cellDeltas, long totalDelta);

  /** Stores these cells (indexed as the sketch names them) with their shape and total. */
  void replace(String shape, long[] cells, long total);

  Stored stored();

  void forEachCell(CellSink sink);
}
