package io.rampart.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory {@link GlobalFeatureStats}, fed by {@link #observe} after each event is assessed.
 * Thread-safe. Holds one counter per distinct value ever seen: bounding it (a count-min sketch) is
 * for the server integration (#3).
 */
public final class GlobalFeatureCounts implements GlobalFeatureStats {
  private final Map<Feature, ConcurrentHashMap<Long, Long>> counts = new EnumMap<>(Feature.class);
  private final AtomicLong total = new AtomicLong();

  public GlobalFeatureCounts() {
    for (Feature f : Feature.values()) {
      counts.put(f, new ConcurrentHashMap<>());
    }
  }

  /** Counts the features of a successful sign-in; ignores every other event. */
  public void observe(RiskEvent event, IpFacts facts) {
    observe(event, new EventContext(facts, this));
  }

  /** Counts the features of a successful sign-in, as hashed in its context; ignores the rest. */
  public void observe(RiskEvent event, EventContext context) {
    if (event instanceof RiskEvent.SignInAttempt s && s.success()) {
      var features = context.featuresOf(s);
      for (Feature f : Feature.values()) {
        counts.get(f).merge(features.key(f), 1L, Long::sum);
      }
      total.incrementAndGet();
    }
  }

  @Override
  public long count(Feature feature, long key) {
    return counts.get(feature).getOrDefault(key, 0L);
  }

  @Override
  public long total() {
    return total.get();
  }
}
