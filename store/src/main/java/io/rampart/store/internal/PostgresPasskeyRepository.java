package io.rampart.store.internal;

import io.rampart.identity.Passkey;
import io.rampart.identity.PasskeyRepository;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link PasskeyRepository} on the {@code passkeys} table. */
final class PostgresPasskeyRepository implements PasskeyRepository {
  private static final String COLUMNS =
      "credential_id, account_id, name, credential_data, sign_count, uv_initialized,"
          + " backup_eligible, backed_up, transports, created_at, last_used_at";

  private final JdbcClient jdbc;

  PostgresPasskeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insert(Passkey passkey) {
    return jdbc.sql(
                "INSERT INTO passkeys ("
                    + COLUMNS
                    + ") VALUES (:id, :account, :name, :data, :count, :uv, :be, :bs, :transports,"
                    + " :createdAt, :lastUsedAt) ON CONFLICT (credential_id) DO NOTHING")
            .param("id", passkey.credentialId())
            .param("account", passkey.account().value())
            .param("name", passkey.name())
            .param("data", passkey.credentialData())
            .param("count", passkey.signCount())
            .param("uv", passkey.uvInitialized())
            .param("be", passkey.backupEligible())
            .param("bs", passkey.backedUp())
            .param("transports", passkey.transports())
            .param("createdAt", Timestamps.of(passkey.createdAt()))
            .param("lastUsedAt", Timestamps.of(passkey.lastUsedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
            .update()
        == 1;
  }

  @Override
  public List<Passkey> findByAccount(AccountId account) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM passkeys WHERE account_id = :account"
                + " ORDER BY created_at, credential_id")
        .param("account", account.value())
        .query(PostgresPasskeyRepository::passkey)
        .list();
  }

  @Override
  public Optional<Passkey> findByCredentialId(String credentialId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = :id")
        .param("id", Objects.requireNonNull(credentialId, "credentialId"))
        .query(PostgresPasskeyRepository::passkey)
        .optional();
  }

  /**
   * A conditional UPDATE: concurrent uses of one counter queue on the row lock, and the later one
   * finds the counter no longer behind once the first commits.
   */
  @Override
  public boolean recordUse(
      String credentialId, long signCount, boolean uvInitialized, boolean backedUp, Instant at) {
    return jdbc.sql(
                "UPDATE passkeys SET sign_count = :count,"
                    + " uv_initialized = :uv, backed_up = :bs, last_used_at = :at"
                    + " WHERE credential_id = :id"
                    + " AND (sign_count < :count OR (:count = 0 AND sign_count = 0))")
            .param("count", signCount)
            .param("uv", uvInitialized)
            .param("bs", backedUp)
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("id", Objects.requireNonNull(credentialId, "credentialId"))
            .update()
        == 1;
  }

  @Override
  public boolean rename(AccountId account, String credentialId, String name) {
    return jdbc.sql(
                "UPDATE passkeys SET name = :name"
                    + " WHERE credential_id = :id AND account_id = :account")
            .param("name", Objects.requireNonNull(name, "name"))
            .param("id", Objects.requireNonNull(credentialId, "credentialId"))
            .param("account", account.value())
            .update()
        == 1;
  }

  @Override
  public boolean delete(AccountId account, String credentialId) {
    return jdbc.sql("DELETE FROM passkeys WHERE credential_id = :id AND account_id = :account")
            .param("id", Objects.requireNonNull(credentialId, "credentialId"))
            .param("account", account.value())
            .update()
        == 1;
  }

  private static Passkey passkey(ResultSet row, int rowNumber) throws SQLException {
    return new Passkey(
        row.getString("credential_id"),
        new AccountId(row.getObject("account_id", UUID.class)),
        row.getString("name"),
        row.getBytes("credential_data"),
        row.getLong("sign_count"),
        row.getBoolean("uv_initialized"),
        row.getBoolean("backup_eligible"),
        row.getBoolean("backed_up"),
        row.getString("transports"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "last_used_at"));
  }
}
