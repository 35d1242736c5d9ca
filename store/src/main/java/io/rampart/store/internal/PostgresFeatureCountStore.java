package io.rampart.store.internal;

import io.rampart.risk.FeatureCountStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link FeatureCountStore} on the {@code risk_feature_sketch} (shape and total, one row) and
 * {@code risk_feature_cells} tables: one upsert adding every delta, in cell order so concurrent
 * writers lock rows in one order; a replacement deletes and inserts in chunks, in one transaction.
 */
final class PostgresFeatureCountStore implements FeatureCountStore {
  private static final int CHUNK = 50_000;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;

  PostgresFeatureCountStore(
      JdbcClient jdbc, JdbcClient streaming, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.streaming = streaming;
    this.writing = new TransactionTemplate(transactionManager);
    this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.reading = new TransactionTemplate(transactionManager);
    this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.reading.setReadOnly(true);
  }

  @Override
  public void add(Map<Integer, Long> cellDeltas, long totalDelta) {
    Objects.requireNonNull(cellDeltas, "cellDeltas");
    writing.executeWithoutResult(
        status -> {
          int updated =
              jdbc.sql("UPDATE risk_feature_sketch SET total = total + :delta")
                  .param("delta", totalDelta)
                  .update();
          if (updated != 1) {
            throw new IllegalStateException("no feature count sketch is stored");
          }
          var sorted = new TreeMap<>(cellDeltas);
          sorted.values().removeIf(d -> d == 0);
          if (!sorted.isEmpty()) {
            upsert(sorted.keySet().toArray(Integer[]::new), sorted.values().toArray(Long[]::new));
          }
        });
  }

  @Override
  public void replace(String shape, long[] cells, long total) {
    Objects.requireNonNull(shape, "shape");
    writing.executeWithoutResult(
        status -> {
          jdbc.sql("DELETE FROM risk_feature_cells").update();
          jdbc.sql("DELETE FROM risk_feature_sketch").update();
          jdbc.sql("INSERT INTO risk_feature_sketch (shape, total) VALUES (:shape, :total)")
              .param("shape", shape)
              .param("total", total)
              .update();
          List<Integer> indexes = new ArrayList<>();
          List<Long> counts = new ArrayList<>();
          for (int i = 0; i < cells.length; i++) {
            if (cells[i] != 0) {
              indexes.add(i);
              counts.add(cells[i]);
            }
            if (indexes.size() == CHUNK || (i == cells.length - 1 && !indexes.isEmpty())) {
              upsert(indexes.toArray(Integer[]::new), counts.toArray(Long[]::new));
              indexes.clear();
              counts.clear();
            }
          }
        });
  }

  private void upsert(Integer[] cells, Long[] deltas) {
    jdbc.sql(
            "INSERT INTO risk_feature_cells AS c (cell, count)"
                + " SELECT * FROM unnest(CAST(:cells AS integer[]), CAST(:deltas AS bigint[]))"
                + " ON CONFLICT (cell) DO UPDATE SET count = c.count + EXCLUDED.count")
        .param("cells", cells)
        .param("deltas", deltas)
        .update();
  }

  @Override
  public Stored stored() {
    return jdbc.sql("SELECT shape, total FROM risk_feature_sketch")
        .query((row, n) -> new Stored(row.getString("shape"), row.getLong("total")))
        .optional()
        .orElse(null);
  }

  /** Reads in batches inside a read-only transaction (joining the caller's, if any). */
  @Override
  public void forEachCell(CellSink sink) {
    Objects.requireNonNull(sink, "sink");
    reading.executeWithoutResult(
        status ->
            streaming
                .sql("SELECT cell, count FROM risk_feature_cells WHERE count <> 0")
                .query(
                    (RowCallbackHandler)
                        row -> sink.accept(row.getInt("cell"), row.getLong("count"))));
  }
}
