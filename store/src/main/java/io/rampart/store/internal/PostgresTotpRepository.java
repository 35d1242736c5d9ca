package io.rampart.store.internal;

import io.rampart.identity.TotpFactor;
import io.rampart.identity.TotpRepository;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TotpRepository} on the {@code totp_factors} table. */
final class PostgresTotpRepository implements TotpRepository {
  private final JdbcClient jdbc;

  PostgresTotpRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One upsert that leaves a confirmed row alone. */
  @Override
  public boolean savePending(TotpFactor pending) {
    return jdbc.sql(
                "INSERT INTO totp_factors (account_id, encrypted_seed, created_at, session_id)"
                    + " VALUES (:account, :seed, :createdAt, :session)"
                    + " ON CONFLICT (account_id) DO UPDATE"
                    + " SET encrypted_seed = EXCLUDED.encrypted_seed,"
                    + " created_at = EXCLUDED.created_at, last_used_step = NULL,"
                    + " session_id = EXCLUDED.session_id"
                    + " WHERE totp_factors.confirmed_at IS NULL")
            .param("account", pending.account().value())
            .param("seed", pending.encryptedSeed())
            .param("createdAt", Timestamps.of(pending.createdAt()))
            .param("session", pending.session().value())
            .update()
        == 1;
  }

  @Override
  public Optional<TotpFactor> find(AccountId account) {
    return jdbc.sql(
            "SELECT account_id, encrypted_seed, created_at, confirmed_at, last_used_step,"
                + " session_id FROM totp_factors WHERE account_id = :account")
        .param("account", account.value())
        .query(PostgresTotpRepository::factor)
        .optional();
  }

  @Override
  public boolean confirm(AccountId account, String encryptedSeed, Instant at, long step) {
    return jdbc.sql(
                "UPDATE totp_factors SET confirmed_at = :at, last_used_step = :step"
                    + " WHERE account_id = :account AND encrypted_seed = :seed"
                    + " AND confirmed_at IS NULL")
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("step", step)
            .param("account", account.value())
            .param("seed", Objects.requireNonNull(encryptedSeed, "encryptedSeed"))
            .update()
        == 1;
  }

  /**
   * A conditional UPDATE: concurrent claims of one step queue on the row lock, and the later one
   * finds the step no longer newer once the first commits.
   */
  @Override
  public boolean claimStep(AccountId account, long step) {
    return jdbc.sql(
                "UPDATE totp_factors SET last_used_step = :step"
                    + " WHERE account_id = :account AND confirmed_at IS NOT NULL"
                    + " AND (last_used_step IS NULL OR last_used_step < :step)")
            .param("step", step)
            .param("account", account.value())
            .update()
        == 1;
  }

  @Override
  public boolean delete(AccountId account) {
    return !jdbc
        .sql(
            "DELETE FROM totp_factors WHERE account_id = :account"
                + " RETURNING confirmed_at IS NOT NULL")
        .param("account", account.value())
        .query(Boolean.class)
        .list()
        .stream()
        .filter(Boolean::booleanValue)
        .toList()
        .isEmpty();
  }

  private static TotpFactor factor(ResultSet row, int rowNumber) throws SQLException {
    return new TotpFactor(
        new AccountId(row.getObject("account_id", UUID.class)),
        row.getString("encrypted_seed"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "confirmed_at"),
        row.getObject("last_used_step", Long.class),
        Optional.ofNullable(row.getObject("session_id", UUID.class))
            .map(SessionId::new)
            .orElse(null));
  }
}
