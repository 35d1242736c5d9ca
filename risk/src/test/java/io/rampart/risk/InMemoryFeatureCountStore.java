package io.rampart.risk;

import java.util.HashMap;
import java.util.Map;

/** Global feature counts in memory, for tests. Thread-safe. */
public final class InMemoryFeatureCountStore implements FeatureCountStore {
  private final Map<Integer, Long> cells = new HashMap<>();
  private Stored stored;

  @Override
  public synchronized void add(Map<Integer, Long> cellDeltas, long totalDelta) {
    if (stored == null) {
      throw new IllegalStateException("no sketch stored");
    }
    cellDeltas.forEach((c, d) -> cells.merge(c, d, (a, b) -> a + b == 0 ? null : a + b));
    stored = new Stored(stored.shape(), stored.total() + totalDelta);
  }

  @Override
  public synchronized void replace(String shape, long[] all, long total) {
    cells.clear();
    for (int i = 0; i < all.length; i++) {
      if (all[i] != 0) {
        cells.put(i, all[i]);
      }
    }
    stored = new Stored(shape, total);
  }

  @Override
  public synchronized Stored stored() {
    return stored;
  }

  @Override
  public void forEachCell(CellSink sink) {
    Map<Integer, Long> copy;
    synchronized (this) {
      copy = new HashMap<>(cells);
    }
    copy.forEach(sink::accept);
  }

  /** The non-zero cells, for tests. */
  public synchronized Map<Integer, Long> cells() {
    return Map.copyOf(cells);
  }
}
