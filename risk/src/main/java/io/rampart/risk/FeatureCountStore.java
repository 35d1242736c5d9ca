package io.rampart.risk;

import java.util.Map;

/**
 * Port: where a host persists the global feature counts ({@link GlobalFeatureStats}) as they grow.
 * Implemented in store (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract: {@link #add} adds the deltas (and {@code totalDelta} to the total) atomically with
 * the caller's transaction; {@link #load} returns every stored count and the total, as added.
 * Implementations are thread-safe.
 */
public interface FeatureCountStore {
  /** One feature value's identity: the feature and its {@link FeatureKey}. */
  record Key(Feature feature, long key) {}

  /** Every count, and the number of sign-ins counted. */
  record Counts(Map<Key, Long> counts, long total) {
    public Counts {
      counts = Map.copyOf(counts);
    }
  }

  void add(Map<Key, Long> deltas, long totalDelta);

  Counts load();
}
