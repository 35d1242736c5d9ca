package io.rampart.store.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditStore;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AuditStore} on the {@code audit_records} and {@code audit_chain_head} tables. Appends
 * serialise on the single head row, locked with {@code SELECT ... FOR UPDATE}.
 */
final class PostgresAuditStore implements AuditStore {
  private static final String SELECT_RECORDS =
      "SELECT r.sequence, r.occurred_at, r.type, r.actor_kind, r.actor_id, r.account_id,"
          + " r.ip_address, r.user_agent, r.previous_hash, r.hash,"
          + " ARRAY(SELECT e.key FROM jsonb_each_text(r.data) e ORDER BY e.key) AS data_keys,"
          + " ARRAY(SELECT e.value FROM jsonb_each_text(r.data) e ORDER BY e.key) AS data_values"
          + " FROM audit_records r";

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;

  /**
   * @param jdbc for ordinary statements
   * @param streaming for reads that fetch rows in batches (its template sets a fetch size)
   */
  PostgresAuditStore(
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
  public Optional<Head> lockHead() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("lockHead must be called inside a transaction");
    }
    return readHead("SELECT sequence, hash FROM audit_chain_head FOR UPDATE");
  }

  @Override
  public Optional<Head> head() {
    return readHead("SELECT sequence, hash FROM audit_chain_head");
  }

  private Optional<Head> readHead(String sql) {
    Head head =
        jdbc.sql(sql)
            .query((row, n) -> new Head(row.getLong("sequence"), row.getString("hash")))
            .single();
    return head.sequence() == 0 ? Optional.empty() : Optional.of(head);
  }

  /** Inserts the record and moves the head to it, atomically even outside a transaction. */
  @Override
  public void insert(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    Map<String, String> data = record.data() == null ? Map.of() : record.data();
    writing.executeWithoutResult(
        status -> {
          jdbc.sql(
                  "INSERT INTO audit_records (sequence, occurred_at, type, actor_kind, actor_id,"
                      + " account_id, ip_address, user_agent, data, previous_hash, hash)"
                      + " VALUES (:sequence, :occurredAt, :type, :actorKind, :actorId, :account,"
                      + " :ipAddress, :userAgent, jsonb_object(:dataKeys, :dataValues),"
                      + " :previousHash, :hash)")
              .param("sequence", record.sequence())
              .param("occurredAt", Timestamps.of(record.occurredAt()))
              .param("type", record.type())
              .param("actorKind", record.actor().kind().name())
              .param("actorId", record.actor().id(), Types.VARCHAR)
              .param(
                  "account",
                  record.account() == null ? null : record.account().value(),
                  Types.OTHER)
              .param("ipAddress", record.ipAddress(), Types.VARCHAR)
              .param("userAgent", record.userAgent(), Types.VARCHAR)
              .param("dataKeys", data.keySet().toArray(String[]::new))
              .param("dataValues", data.values().toArray(String[]::new))
              .param("previousHash", record.previousHash())
              .param("hash", record.hash())
              .update();
          jdbc.sql("UPDATE audit_chain_head SET sequence = :sequence, hash = :hash")
              .param("sequence", record.sequence())
              .param("hash", record.hash())
              .update();
        });
  }

  @Override
  public List<AuditRecord> findByAccount(AccountId account, Long beforeSequence, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.sql(
            SELECT_RECORDS
                + " WHERE r.account_id = :account AND r.sequence < :before"
                + " ORDER BY r.sequence DESC LIMIT :limit")
        .param("account", account.value())
        .param("before", beforeSequence == null ? Long.MAX_VALUE : beforeSequence)
        .param("limit", limit)
        .query(PostgresAuditStore::record)
        .list();
  }

  /** Reads in batches inside a read-only transaction (joining the caller's, if any). */
  @Override
  public void forEachInOrder(Consumer<AuditRecord> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    reading.executeWithoutResult(
        status ->
            streaming
                .sql(SELECT_RECORDS + " ORDER BY r.sequence")
                .query((RowCallbackHandler) row -> consumer.accept(record(row, row.getRow()))));
  }

  private static AuditRecord record(ResultSet row, int rowNumber) throws SQLException {
    UUID account = row.getObject("account_id", UUID.class);
    return new AuditRecord(
        row.getLong("sequence"),
        Timestamps.read(row, "occurred_at"),
        row.getString("type"),
        new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
        account == null ? null : new AccountId(account),
        row.getString("ip_address"),
        row.getString("user_agent"),
        data(row),
        row.getString("previous_hash"),
        row.getString("hash"));
  }

  private static Map<String, String> data(ResultSet row) throws SQLException {
    String[] keys = (String[]) row.getArray("data_keys").getArray();
    String[] values = (String[]) row.getArray("data_values").getArray();
    Map<String, String> data = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      data.put(keys[i], values[i]);
    }
    return Collections.unmodifiableMap(data);
  }
}
