package io.rampart.risk;

import java.util.HashMap;
import java.util.Map;

/** Global feature counts in memory, for tests. Thread-safe. */
public final class InMemoryFeatureCountStore implements FeatureCountStore {
  private final Map<Key, Long> counts = new HashMap<>();
  private long total;

  @Override
  public synchronized void add(Map<Key, Long> deltas, long totalDelta) {
    deltas.forEach((k, d) -> counts.merge(k, d, Long::sum));
    total += totalDelta;
  }

  @Override
  public synchronized Counts load() {
    return new Counts(counts, total);
  }
}
