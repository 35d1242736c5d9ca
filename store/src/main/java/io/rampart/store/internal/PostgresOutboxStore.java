package io.rampart.store.internal;

import io.rampart.kernel.AccountId;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link OutboxStore} on the {@code outbox_messages} table. Claims take rows with {@code FOR UPDATE
 * SKIP LOCKED} in a transaction of their own, so concurrent dispatchers never claim one message
 * twice and a lease commits even when the caller's transaction later rolls back. Error texts longer
 * than the column allows are cut to fit.
 */
final class PostgresOutboxStore implements OutboxStore {
  static final int MAX_ERROR_LENGTH = 2000;
  private static final String COLUMNS =
      "id, account_id, kind, recipient, subject, body, status, attempts, next_attempt_at,"
          + " created_at, sent_at, last_error";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  PostgresOutboxStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void insert(OutboxMessage message) {
    jdbc.sql(
            "INSERT INTO outbox_messages ("
                + COLUMNS
                + ") VALUES (:id, :account, :kind, :recipient, :subject, :body, :status,"
                + " :attempts, :nextAttemptAt, :createdAt, :sentAt, :lastError)")
        .param("id", message.id())
        .param("account", message.account() == null ? null : message.account().value(), Types.OTHER)
        .param("kind", message.kind().name())
        .param("recipient", message.recipient())
        .param("subject", message.subject())
        .param("body", message.body())
        .param("status", message.status().name())
        .param("attempts", message.attempts())
        .param("nextAttemptAt", Timestamps.of(message.nextAttemptAt()))
        .param("createdAt", Timestamps.of(message.createdAt()))
        .param("sentAt", Timestamps.of(message.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("lastError", fit(message.lastError()), Types.VARCHAR)
        .update();
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (limit <= 0) {
      return List.of();
    }
    List<OutboxMessage> claimed =
        ownTransaction.execute(
            status ->
                jdbc.sql(
                        "UPDATE outbox_messages SET next_attempt_at = :leaseUntil"
                            + " WHERE id IN (SELECT id FROM outbox_messages"
                            + "   WHERE status = 'PENDING' AND next_attempt_at <= :now"
                            + "   ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)"
                            + " RETURNING "
                            + COLUMNS)
                    .param("leaseUntil", Timestamps.of(leaseUntil))
                    .param("now", Timestamps.of(now))
                    .param("limit", limit)
                    .query(PostgresOutboxStore::message)
                    .list());
    List<OutboxMessage> oldestFirst = new ArrayList<>(claimed);
    oldestFirst.sort(
        Comparator.comparing(OutboxMessage::createdAt).thenComparing(OutboxMessage::id));
    return List.copyOf(oldestFirst);
  }

  /**
   * One conditional UPDATE, which also drops the body: of concurrent calls, only the first to
   * commit changes the row.
   */
  @Override
  public boolean markSent(UUID id, Instant sentAt) {
    return jdbc.sql(
                "UPDATE outbox_messages SET status = 'SENT', sent_at = :sentAt, body = :removed"
                    + " WHERE id = :id AND status = 'PENDING'")
            .param("sentAt", Timestamps.of(Objects.requireNonNull(sentAt, "sentAt")))
            .param("removed", REMOVED_BODY)
            .param("id", Objects.requireNonNull(id, "id"))
            .update()
        == 1;
  }

  @Override
  public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
    jdbc.sql(
            "UPDATE outbox_messages SET attempts = :attempts, next_attempt_at = :nextAttemptAt,"
                + " last_error = :error WHERE id = :id AND status = 'PENDING'")
        .param("attempts", attempts)
        .param(
            "nextAttemptAt", Timestamps.of(Objects.requireNonNull(nextAttemptAt, "nextAttemptAt")))
        .param("error", fit(error), Types.VARCHAR)
        .param("id", Objects.requireNonNull(id, "id"))
        .update();
  }

  @Override
  public void markFailed(UUID id, int attempts, String error) {
    jdbc.sql(
            "UPDATE outbox_messages SET status = 'FAILED', attempts = :attempts,"
                + " last_error = :error WHERE id = :id AND status = 'PENDING'")
        .param("attempts", attempts)
        .param("error", fit(error), Types.VARCHAR)
        .param("id", Objects.requireNonNull(id, "id"))
        .update();
  }

  @Override
  public Optional<OutboxMessage> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_messages WHERE id = :id")
        .param("id", Objects.requireNonNull(id, "id"))
        .query(PostgresOutboxStore::message)
        .optional();
  }

  @Override
  public List<OutboxMessage> list(OutboxMessage.Status status, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM outbox_messages WHERE status = coalesce(:status, status)"
                + " ORDER BY created_at DESC, id DESC LIMIT :limit")
        .param("status", status == null ? null : status.name(), Types.VARCHAR)
        .param("limit", limit)
        .query(PostgresOutboxStore::message)
        .list();
  }

  @Override
  public long countByStatus(OutboxMessage.Status status) {
    return jdbc.sql("SELECT count(*) FROM outbox_messages WHERE status = :status")
        .param("status", Objects.requireNonNull(status, "status").name())
        .query(Long.class)
        .single();
  }

  private static String fit(String error) {
    if (error == null || error.length() <= MAX_ERROR_LENGTH) {
      return error;
    }
    int end = MAX_ERROR_LENGTH;
    if (Character.isHighSurrogate(error.charAt(end - 1))) {
      end--;
    }
    return error.substring(0, end);
  }

  private static OutboxMessage message(ResultSet row, int rowNumber) throws SQLException {
    UUID account = row.getObject("account_id", UUID.class);
    return new OutboxMessage(
        row.getObject("id", UUID.class),
        account == null ? null : new AccountId(account),
        NoticeKind.valueOf(row.getString("kind")),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("body"),
        OutboxMessage.Status.valueOf(row.getString("status")),
        row.getInt("attempts"),
        Timestamps.read(row, "next_attempt_at"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "sent_at"),
        row.getString("last_error"));
  }
}
