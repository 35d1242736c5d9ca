package io.rampart.store.internal;

import io.rampart.risk.ActionType;
import io.rampart.risk.Decision;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RiskAlertStore} on the {@code risk_alerts} table; alerts are raised with one binary {@code
 * COPY}, in the caller's transaction (the one recording the assessments that raised them).
 */
final class PostgresRiskAlertStore implements RiskAlertStore {
  private static final String COLUMNS =
      "id, assessment_id, account_id, action, decision, score, reasons, policy_version, raised_at,"
          + " status, closed_at, closed_by, note";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate writing;

  PostgresRiskAlertStore(
      JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.writing = new TransactionTemplate(transactionManager);
    this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  @Override
  public void raise(List<RiskAlert> alerts) {
    Objects.requireNonNull(alerts, "alerts");
    if (alerts.isEmpty()) {
      return;
    }
    BinaryCopyRows rows = new BinaryCopyRows(alerts.size() * 256);
    for (RiskAlert a : alerts) {
      rows.row(13)
          .uuid(a.id())
          .uuid(a.assessmentId())
          .text(a.account().value())
          .text(a.action().name())
          .text(a.decision().name())
          .int4(a.score())
          .textArray(a.reasons().toArray(String[]::new))
          .text(a.policyVersion())
          .timestamptz(a.raisedAt())
          .text(a.status().name());
      if (a.closedAt() == null) {
        rows.nullValue();
      } else {
        rows.timestamptz(a.closedAt());
      }
      rows.text(a.closedBy()).text(a.note());
    }
    writing.executeWithoutResult(
        status ->
            rows.send(batch, "COPY risk_alerts (" + COLUMNS + ") FROM STDIN (FORMAT binary)"));
  }

  @Override
  public Optional<RiskAlert> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_alerts WHERE id = :id")
        .param("id", Objects.requireNonNull(id, "id"))
        .query(PostgresRiskAlertStore::alert)
        .optional();
  }

  @Override
  public List<RiskAlert> forAccount(SubjectId account, RiskAlert.Status status, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_alerts WHERE account_id = :account"
                + " AND (CAST(:status AS text) IS NULL OR status = :status)"
                + " ORDER BY raised_at DESC, id DESC LIMIT :limit")
        .param("account", account.value())
        .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
        .param("limit", limit)
        .query(PostgresRiskAlertStore::alert)
        .list();
  }

  @Override
  public List<RiskAlert> list(RiskAlert.Status status, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_alerts WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                + " ORDER BY raised_at DESC, id DESC LIMIT :limit")
        .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
        .param("limit", limit)
        .query(PostgresRiskAlertStore::alert)
        .list();
  }

  @Override
  public Optional<RiskAlert> close(UUID id, Instant at, String by, String note) {
    return jdbc.sql(
            "UPDATE risk_alerts SET status = 'CLOSED', closed_at = :at, closed_by = :by,"
                + " note = :note WHERE id = :id AND status = 'OPEN' RETURNING "
                + COLUMNS)
        .param("id", Objects.requireNonNull(id, "id"))
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .param("by", Objects.requireNonNull(by, "by"))
        .param("note", note, java.sql.Types.VARCHAR)
        .query(PostgresRiskAlertStore::alert)
        .optional();
  }

  private static RiskAlert alert(ResultSet row, int rowNumber) throws SQLException {
    return new RiskAlert(
        row.getObject("id", UUID.class),
        row.getObject("assessment_id", UUID.class),
        new SubjectId(row.getString("account_id")),
        ActionType.valueOf(row.getString("action")),
        Decision.valueOf(row.getString("decision")),
        row.getInt("score"),
        List.of((String[]) row.getArray("reasons").getArray()),
        row.getString("policy_version"),
        Timestamps.read(row, "raised_at"),
        RiskAlert.Status.valueOf(row.getString("status")),
        Timestamps.read(row, "closed_at"),
        row.getString("closed_by"),
        row.getString("note"));
  }
}
