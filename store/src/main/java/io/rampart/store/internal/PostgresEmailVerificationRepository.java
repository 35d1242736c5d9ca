package io.rampart.store.internal;

import io.rampart.identity.EmailVerification;
import io.rampart.identity.EmailVerificationRepository;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link EmailVerificationRepository} on the {@code email_verifications} table. */
final class PostgresEmailVerificationRepository implements EmailVerificationRepository {
  private final JdbcClient jdbc;

  PostgresEmailVerificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(EmailVerification verification) {
    jdbc.sql(
            "INSERT INTO email_verifications"
                + " (token_hash, account_id, created_at, expires_at, used_at)"
                + " VALUES (:tokenHash, :account, :createdAt, :expiresAt, :usedAt)")
        .param("tokenHash", verification.tokenHash())
        .param("account", verification.account().value())
        .param("createdAt", Timestamps.of(verification.createdAt()))
        .param("expiresAt", Timestamps.of(verification.expiresAt()))
        .param("usedAt", Timestamps.of(verification.usedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .update();
  }

  @Override
  public Optional<EmailVerification> findByTokenHash(String tokenHash) {
    return jdbc.sql(
            "SELECT token_hash, account_id, created_at, expires_at, used_at"
                + " FROM email_verifications WHERE token_hash = :tokenHash")
        .param("tokenHash", Objects.requireNonNull(tokenHash, "tokenHash"))
        .query(PostgresEmailVerificationRepository::verification)
        .optional();
  }

  @Override
  public Optional<Instant> liveUntil(AccountId account, Instant now) {
    return jdbc.sql(
            "SELECT expires_at FROM email_verifications"
                + " WHERE account_id = :account AND used_at IS NULL AND expires_at > :now"
                + " ORDER BY expires_at DESC LIMIT 1")
        .param("account", Objects.requireNonNull(account, "account").value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .query((row, rowNumber) -> Timestamps.read(row, "expires_at"))
        .optional();
  }

  /** One conditional UPDATE: of concurrent calls, only the first to commit sees a row change. */
  @Override
  public boolean markUsed(String tokenHash, Instant at) {
    return jdbc.sql(
                "UPDATE email_verifications SET used_at = :at"
                    + " WHERE token_hash = :tokenHash AND used_at IS NULL")
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("tokenHash", Objects.requireNonNull(tokenHash, "tokenHash"))
            .update()
        == 1;
  }

  private static EmailVerification verification(ResultSet row, int rowNumber) throws SQLException {
    return new EmailVerification(
        row.getString("token_hash"),
        new AccountId(row.getObject("account_id", UUID.class)),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "expires_at"),
        Timestamps.read(row, "used_at"));
  }
}
