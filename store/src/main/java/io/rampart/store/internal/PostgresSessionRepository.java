package io.rampart.store.internal;

import io.rampart.identity.Session;
import io.rampart.identity.SessionRepository;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SessionRepository} on the {@code sessions} table. */
final class PostgresSessionRepository implements SessionRepository {
  private static final String COLUMNS =
      "id, account_id, token_hash, created_at, last_seen_at, idle_expires_at, expires_at,"
          + " ip_address, user_agent, ended_at, end_reason";
  private static final String ACTIVE =
      "account_id = :account AND ended_at IS NULL"
          + " AND idle_expires_at > :now AND expires_at > :now";

  private final JdbcClient jdbc;

  PostgresSessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Session session) {
    jdbc.sql(
            "INSERT INTO sessions ("
                + COLUMNS
                + ") VALUES (:id, :account, :tokenHash, :createdAt, :lastSeenAt, :idleExpiresAt,"
                + " :expiresAt, :ipAddress, :userAgent, :endedAt, :endReason)")
        .param("id", session.id().value())
        .param("account", session.account().value())
        .param("tokenHash", session.tokenHash())
        .param("createdAt", Timestamps.of(session.createdAt()))
        .param("lastSeenAt", Timestamps.of(session.lastSeenAt()))
        .param("idleExpiresAt", Timestamps.of(session.idleExpiresAt()))
        .param("expiresAt", Timestamps.of(session.expiresAt()))
        .param("ipAddress", session.ipAddress(), Types.VARCHAR)
        .param("userAgent", session.userAgent(), Types.VARCHAR)
        .param("endedAt", Timestamps.of(session.endedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("endReason", session.endReason(), Types.VARCHAR)
        .update();
  }

  @Override
  public Optional<Session> findByTokenHash(String tokenHash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sessions WHERE token_hash = :tokenHash")
        .param("tokenHash", Objects.requireNonNull(tokenHash, "tokenHash"))
        .query(PostgresSessionRepository::session)
        .optional();
  }

  @Override
  public Optional<Session> findById(SessionId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sessions WHERE id = :id")
        .param("id", id.value())
        .query(PostgresSessionRepository::session)
        .optional();
  }

  @Override
  public void touch(SessionId id, Instant lastSeenAt, Instant idleExpiresAt) {
    jdbc.sql(
            "UPDATE sessions SET last_seen_at = :lastSeenAt, idle_expires_at = :idleExpiresAt"
                + " WHERE id = :id AND ended_at IS NULL")
        .param("lastSeenAt", Timestamps.of(Objects.requireNonNull(lastSeenAt, "lastSeenAt")))
        .param(
            "idleExpiresAt", Timestamps.of(Objects.requireNonNull(idleExpiresAt, "idleExpiresAt")))
        .param("id", id.value())
        .update();
  }

  @Override
  public List<Session> findActive(AccountId account, Instant now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM sessions WHERE "
                + ACTIVE
                + " ORDER BY created_at DESC, id DESC")
        .param("account", account.value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .query(PostgresSessionRepository::session)
        .list();
  }

  @Override
  public int countActive(AccountId account, Instant now) {
    return jdbc.sql("SELECT count(*) FROM sessions WHERE " + ACTIVE)
        .param("account", account.value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .query(Integer.class)
        .single();
  }

  @Override
  public boolean end(SessionId id, Instant at, String reason) {
    return jdbc.sql(
                "UPDATE sessions SET ended_at = :at, end_reason = :reason"
                    + " WHERE id = :id AND ended_at IS NULL")
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("reason", Objects.requireNonNull(reason, "reason"))
            .param("id", id.value())
            .update()
        == 1;
  }

  @Override
  public int endAllExcept(AccountId account, SessionId keep, Instant at, String reason) {
    return jdbc.sql(
            "UPDATE sessions SET ended_at = :at, end_reason = :reason"
                + " WHERE account_id = :account AND ended_at IS NULL AND id IS DISTINCT FROM :keep")
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .param("reason", Objects.requireNonNull(reason, "reason"))
        .param("account", account.value())
        .param("keep", keep == null ? null : keep.value(), Types.OTHER)
        .update();
  }

  private static Session session(ResultSet row, int rowNumber) throws SQLException {
    return new Session(
        new SessionId(row.getObject("id", UUID.class)),
        new AccountId(row.getObject("account_id", UUID.class)),
        row.getString("token_hash"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "last_seen_at"),
        Timestamps.read(row, "idle_expires_at"),
        Timestamps.read(row, "expires_at"),
        row.getString("ip_address"),
        row.getString("user_agent"),
        Timestamps.read(row, "ended_at"),
        row.getString("end_reason"));
  }
}
