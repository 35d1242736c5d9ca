package io.rampart.store.internal;

import io.rampart.screening.Alert;
import io.rampart.screening.AlertStore;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AlertStore} on the {@code screening_alerts} table. The alert key is a unique constraint,
 * so {@link #insertIfNew} is one {@code INSERT ... ON CONFLICT DO NOTHING} and concurrent inserts
 * of one key keep one row; a decision is one {@code UPDATE ... WHERE status = 'OPEN'}, so exactly
 * one of concurrent decisions changes the row.
 */
final class PostgresAlertStore implements AlertStore {
  private static final String COLUMNS =
      "id, customer_id, kind, screened, list_name, entry_id, listed_name, matched, score, reasons,"
          + " customer_digest, entry_digest, list_version, status, raised_at, decided_by,"
          + " decided_at, decision_reason";

  private final JdbcClient jdbc;

  PostgresAlertStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insertIfNew(Alert a) {
    Objects.requireNonNull(a, "alert");
    return jdbc.sql(
                "INSERT INTO screening_alerts ("
                    + COLUMNS
                    + ") VALUES (:id, :customer, :kind, :screened, :list, :entry, :listedName,"
                    + " :matched, :score, :reasons, :customerDigest, :entryDigest, :listVersion,"
                    + " :status, :raisedAt, :decidedBy, :decidedAt, :reason)"
                    + " ON CONFLICT ON CONSTRAINT screening_alerts_key DO NOTHING")
            .param("id", a.id())
            .param("customer", a.customerId())
            .param("kind", a.kind().name())
            .param("screened", a.screened())
            .param("list", a.list())
            .param("entry", a.entryId())
            .param("listedName", a.listedName())
            .param("matched", a.matched())
            .param("score", a.score())
            .param("reasons", a.reasons().toArray(String[]::new))
            .param("customerDigest", a.customerDigest())
            .param("entryDigest", a.entryDigest())
            .param("listVersion", a.listVersion())
            .param("status", a.status().name())
            .param("raisedAt", Timestamps.of(a.raisedAt()))
            .param("decidedBy", a.decidedBy(), Types.VARCHAR)
            .param("decidedAt", Timestamps.of(a.decidedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
            .param("reason", a.decisionReason(), Types.VARCHAR)
            .update()
        == 1;
  }

  @Override
  public Optional<Alert> decide(
      UUID id, Alert.Status to, String decidedBy, Instant at, String reason) {
    Objects.requireNonNull(id, "id");
    if (to == Alert.Status.OPEN)
      throw new IllegalArgumentException("a decision confirms or dismisses");
    return jdbc.sql(
            "UPDATE screening_alerts SET status = :to, decided_by = :by, decided_at = :at,"
                + " decision_reason = :reason WHERE id = :id AND status = 'OPEN' RETURNING "
                + COLUMNS)
        .param("to", to.name())
        .param("by", Objects.requireNonNull(decidedBy, "decidedBy"))
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .param("reason", Objects.requireNonNull(reason, "reason"))
        .param("id", id)
        .query(PostgresAlertStore::alert)
        .optional();
  }

  @Override
  public Optional<Alert> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM screening_alerts WHERE id = :id")
        .param("id", Objects.requireNonNull(id, "id"))
        .query(PostgresAlertStore::alert)
        .optional();
  }

  @Override
  public Optional<Alert> findByKey(
      String customerId, String list, String entryId, String customerDigest, String entryDigest) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM screening_alerts WHERE customer_id = :customer"
                + " AND list_name = :list AND entry_id = :entry AND customer_digest = :cd"
                + " AND entry_digest = :ed")
        .param("customer", customerId)
        .param("list", list)
        .param("entry", entryId)
        .param("cd", customerDigest)
        .param("ed", entryDigest)
        .query(PostgresAlertStore::alert)
        .optional();
  }

  @Override
  public List<Alert> list(Alert.Status status, String customerId, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM screening_alerts WHERE TRUE");
    if (status != null) sql.append(" AND status = :status");
    if (customerId != null) sql.append(" AND customer_id = :customer");
    sql.append(" ORDER BY raised_at DESC, id DESC LIMIT :limit");
    var statement = jdbc.sql(sql.toString()).param("limit", Math.max(0, limit));
    if (status != null) statement = statement.param("status", status.name());
    if (customerId != null) statement = statement.param("customer", customerId);
    return statement.query(PostgresAlertStore::alert).list();
  }

  private static Alert alert(ResultSet row, int n) throws SQLException {
    Array reasons = row.getArray("reasons");
    List<String> texts = new ArrayList<>(List.of((String[]) reasons.getArray()));
    reasons.free();
    return new Alert(
        row.getObject("id", UUID.class),
        row.getString("customer_id"),
        Alert.Kind.valueOf(row.getString("kind")),
        row.getString("screened"),
        row.getString("list_name"),
        row.getString("entry_id"),
        row.getString("listed_name"),
        row.getString("matched"),
        row.getDouble("score"),
        texts,
        row.getString("customer_digest"),
        row.getString("entry_digest"),
        row.getString("list_version"),
        Alert.Status.valueOf(row.getString("status")),
        Timestamps.read(row, "raised_at"),
        row.getString("decided_by"),
        Timestamps.read(row, "decided_at"),
        row.getString("decision_reason"));
  }
}
