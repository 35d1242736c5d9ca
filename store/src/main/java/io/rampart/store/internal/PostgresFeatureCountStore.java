package io.rampart.store.internal;

import io.rampart.risk.Feature;
import io.rampart.risk.FeatureCountStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link FeatureCountStore} on the {@code risk_feature_counts} table: one upsert adding every
 * delta, in key order so concurrent writers lock rows in one order; the total is the {@code TOTAL}
 * row.
 */
final class PostgresFeatureCountStore implements FeatureCountStore {
  private static final String TOTAL = "TOTAL";

  private final JdbcClient jdbc;
  private final JdbcClient streaming;

  PostgresFeatureCountStore(JdbcClient jdbc, JdbcClient streaming) {
    this.jdbc = jdbc;
    this.streaming = streaming;
  }

  @Override
  public void add(Map<Key, Long> deltas, long totalDelta) {
    Objects.requireNonNull(deltas, "deltas");
    List<Map.Entry<Key, Long>> entries = new ArrayList<>(deltas.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<Key, Long> e) -> e.getKey().feature().name())
            .thenComparingLong(e -> e.getKey().key()));
    List<String> features = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Map.Entry<Key, Long> e : entries) {
      features.add(e.getKey().feature().name());
      keys.add(e.getKey().key());
      counts.add(e.getValue());
    }
    if (totalDelta != 0) {
      features.add(TOTAL);
      keys.add(0L);
      counts.add(totalDelta);
    }
    if (features.isEmpty()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO risk_feature_counts AS c (feature, key, count)"
                + " SELECT * FROM unnest(CAST(:features AS text[]), CAST(:keys AS bigint[]),"
                + " CAST(:counts AS bigint[]))"
                + " ON CONFLICT (feature, key) DO UPDATE SET count = c.count + EXCLUDED.count")
        .param("features", features.toArray(String[]::new))
        .param("keys", keys.toArray(Long[]::new))
        .param("counts", counts.toArray(Long[]::new))
        .update();
  }

  @Override
  public Counts load() {
    Map<Key, Long> counts = new HashMap<>();
    long[] total = new long[1];
    streaming
        .sql("SELECT feature, key, count FROM risk_feature_counts")
        .query(
            (RowCallbackHandler)
                row -> {
                  String feature = row.getString("feature");
                  if (TOTAL.equals(feature)) {
                    total[0] = row.getLong("count");
                  } else {
                    counts.put(
                        new Key(Feature.valueOf(feature), row.getLong("key")),
                        row.getLong("count"));
                  }
                });
    return new Counts(counts, total[0]);
  }
}
