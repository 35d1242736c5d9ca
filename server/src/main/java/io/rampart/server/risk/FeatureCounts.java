package io.rampart.server.risk;

import io.rampart.risk.EventContext;
import io.rampart.risk.Feature;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.GlobalFeatureStats;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SignInFeatures;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's population baseline in memory: how often each feature value was seen in successful
 * sign-ins, as the bounded sketch of {@link GlobalFeatureCounts}, read by every shard while they
 * add to it. Thread-safe. Shards persist the cells they change through {@link FeatureCountStore}
 * together with the profiles the sign-ins came from, so the counts on disk always match the
 * persisted profiles; {@link #load} starts from them.
 */
public final class FeatureCounts implements GlobalFeatureStats {
  private final GlobalFeatureCounts sketch = new GlobalFeatureCounts();

  /**
   * Starts from the stored sketch.
   *
   * @return {@code false}, loading nothing, when no sketch is stored or one of another shape: the
   *     recorded sign-ins must then be counted again ({@link #replaceIn})
   */
  public boolean load(FeatureCountStore store) {
    FeatureCountStore.Stored stored = store.stored();
    if (stored == null || !stored.shape().equals(GlobalFeatureCounts.SHAPE)) {
      return false;
    }
    store.forEachCell(sketch::addCell);
    sketch.addTotal(stored.total());
    return true;
  }

  /** Stores the counts held now in place of whatever the store holds. */
  void replaceIn(FeatureCountStore store) {
    store.replace(GlobalFeatureCounts.SHAPE, sketch.cellsCopy(), sketch.total());
  }

  /**
   * The features a successful sign-in adds to the counts, or {@code null} for any other event
   * (which adds nothing).
   */
  static SignInFeatures countedFeatures(RiskEvent event, EventContext context) {
    return event instanceof RiskEvent.SignInAttempt s && s.success() ? context.featuresOf(s) : null;
  }

  /** Adds ({@code sign} 1) or takes back ({@code sign} -1) one sign-in's features. */
  void add(SignInFeatures features, int sign) {
    sketch.add(features, sign);
  }

  @Override
  public long count(Feature feature, long key) {
    return sketch.count(feature, key);
  }

  @Override
  public long total() {
    return sketch.total();
  }

  /** Deltas of the sketch's cells waiting to be persisted, accumulated per shard. */
  static final class Deltas {
    private final Map<Integer, Long> deltas = new HashMap<>();
    private final int[] cells = new int[GlobalFeatureCounts.CELLS_PER_SIGN_IN];
    private long total;

    void add(SignInFeatures features) {
      GlobalFeatureCounts.cellsOf(features, cells);
      for (int cell : cells) {
        deltas.merge(cell, 1L, Long::sum);
      }
      total++;
    }

    /** Takes in another shard write's deltas, as when that write failed and must be retried. */
    void addAll(Deltas other) {
      other.deltas.forEach((cell, delta) -> deltas.merge(cell, delta, Long::sum));
      total += other.total;
    }

    boolean isEmpty() {
      return total == 0;
    }

    void writeTo(FeatureCountStore store) {
      store.add(deltas, total);
    }

    void clear() {
      deltas.clear();
      total = 0;
    }
  }
}
