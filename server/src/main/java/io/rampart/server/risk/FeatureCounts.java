package io.rampart.server.risk;

import io.rampart.risk.EventContext;
import io.rampart.risk.Feature;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.GlobalFeatureStats;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SignInFeatures;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's population baseline in memory: how often each feature value was seen in successful
 * sign-ins, read by every shard while they add to it. Thread-safe. Shards persist what they add
 * through {@link FeatureCountStore} together with the profiles it came from, so the counts on disk
 * always match the persisted profiles; {@link #load} starts from them.
 */
public final class FeatureCounts implements GlobalFeatureStats {
  private final Map<Feature, ConcurrentHashMap<Long, Long>> counts = new EnumMap<>(Feature.class);
  private final AtomicLong total = new AtomicLong();

  public FeatureCounts() {
    for (Feature f : Feature.values()) {
      counts.put(f, new ConcurrentHashMap<>());
    }
  }

  /** Starts from the stored counts. */
  public void load(FeatureCountStore.Counts stored) {
    stored.counts().forEach((k, v) -> counts.get(k.feature()).merge(k.key(), v, Long::sum));
    total.addAndGet(stored.total());
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
    for (Feature f : Feature.values()) {
      counts.get(f).merge(features.key(f), (long) sign, (a, b) -> a + b == 0 ? null : a + b);
    }
    total.addAndGet(sign);
  }

  @Override
  public long count(Feature feature, long key) {
    return counts.get(feature).getOrDefault(key, 0L);
  }

  @Override
  public long total() {
    return total.get();
  }

  /** Deltas of the counts waiting to be persisted, accumulated per shard. */
  static final class Deltas {
    private final Map<FeatureCountStore.Key, Long> deltas = new java.util.HashMap<>();
    private long total;

    void add(SignInFeatures features) {
      for (Feature f : Feature.values()) {
        deltas.merge(new FeatureCountStore.Key(f, features.key(f)), 1L, Long::sum);
      }
      total++;
    }

    void addAll(Deltas other) {
      other.deltas.forEach((k, v) -> deltas.merge(k, v, Long::sum));
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
