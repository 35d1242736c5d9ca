package io.rampart.store.internal;

import io.rampart.identity.Account;
import io.rampart.identity.AccountRepository;
import io.rampart.identity.EmailAddress;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link AccountRepository} on the {@code accounts} table. */
final class PostgresAccountRepository implements AccountRepository {
  private static final String COLUMNS =
      "id, email, password_hash, created_at, email_verified_at, password_changed_at";

  private final JdbcClient jdbc;

  PostgresAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insertIfEmailFree(Account account) {
    Objects.requireNonNull(account, "account");
    return jdbc.sql(
                "INSERT INTO accounts ("
                    + COLUMNS
                    + ") VALUES (:id, :email, :passwordHash,"
                    + " :createdAt, :emailVerifiedAt, :passwordChangedAt)"
                    + " ON CONFLICT (email) DO NOTHING")
            .param("id", account.id().value())
            .param("email", account.email().value())
            .param("passwordHash", account.passwordHash())
            .param("createdAt", Timestamps.of(account.createdAt()))
            .param(
                "emailVerifiedAt",
                Timestamps.of(account.emailVerifiedAt()),
                Types.TIMESTAMP_WITH_TIMEZONE)
            .param("passwordChangedAt", Timestamps.of(account.passwordChangedAt()))
            .update()
        == 1;
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
        .param("id", id.value())
        .query(PostgresAccountRepository::account)
        .optional();
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = :email")
        .param("email", email.value())
        .query(PostgresAccountRepository::account)
        .optional();
  }

  @Override
  public void markEmailVerified(AccountId id, Instant at) {
    jdbc.sql("UPDATE accounts SET email_verified_at = :at WHERE id = :id")
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .param("id", id.value())
        .update();
  }

  @Override
  public void changePassword(AccountId id, String passwordHash, Instant changedAt) {
    jdbc.sql(
            "UPDATE accounts SET password_hash = :hash, password_changed_at = :changedAt"
                + " WHERE id = :id")
        .param("hash", Objects.requireNonNull(passwordHash, "passwordHash"))
        .param("changedAt", Timestamps.of(Objects.requireNonNull(changedAt, "changedAt")))
        .param("id", id.value())
        .update();
  }

  /** One conditional UPDATE: a concurrent caller re-reads the row and finds its hash changed. */
  @Override
  public boolean replaceUnverifiedPassword(
      AccountId id, String expectedHash, String passwordHash, Instant changedAt) {
    return jdbc.sql(
                "UPDATE accounts SET password_hash = :hash, password_changed_at = :changedAt"
                    + " WHERE id = :id AND email_verified_at IS NULL"
                    + " AND password_hash = :expected")
            .param("hash", Objects.requireNonNull(passwordHash, "passwordHash"))
            .param("changedAt", Timestamps.of(Objects.requireNonNull(changedAt, "changedAt")))
            .param("id", id.value())
            .param("expected", Objects.requireNonNull(expectedHash, "expectedHash"))
            .update()
        == 1;
  }

  @Override
  public void rehashPassword(AccountId id, String passwordHash) {
    jdbc.sql("UPDATE accounts SET password_hash = :hash WHERE id = :id")
        .param("hash", Objects.requireNonNull(passwordHash, "passwordHash"))
        .param("id", id.value())
        .update();
  }

  private static Account account(ResultSet row, int rowNumber) throws SQLException {
    return new Account(
        new AccountId(row.getObject("id", UUID.class)),
        new EmailAddress(row.getString("email")),
        row.getString("password_hash"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "email_verified_at"),
        Timestamps.read(row, "password_changed_at"));
  }
}
