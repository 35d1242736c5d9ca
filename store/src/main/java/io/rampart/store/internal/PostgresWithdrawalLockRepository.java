package io.rampart.store.internal;

import io.rampart.identity.SecurityChange;
import io.rampart.identity.WithdrawalLock;
import io.rampart.identity.WithdrawalLockRepository;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link WithdrawalLockRepository} on the {@code withdrawal_locks} table. */
final class PostgresWithdrawalLockRepository implements WithdrawalLockRepository {
  private final JdbcClient jdbc;

  PostgresWithdrawalLockRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(WithdrawalLock lock) {
    jdbc.sql(
            "INSERT INTO withdrawal_locks (account_id, change, locked_at, locked_until)"
                + " VALUES (:account, :change, :lockedAt, :until)")
        .param("account", lock.account().value())
        .param("change", lock.change().name())
        .param("lockedAt", Timestamps.of(lock.lockedAt()))
        .param("until", Timestamps.of(lock.until()))
        .update();
  }

  @Override
  public List<WithdrawalLock> findActive(AccountId account, Instant now) {
    return jdbc.sql(
            "SELECT account_id, change, locked_at, locked_until FROM withdrawal_locks"
                + " WHERE account_id = :account AND locked_until > :now"
                + " ORDER BY locked_until DESC, id DESC")
        .param("account", account.value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .query(PostgresWithdrawalLockRepository::lock)
        .list();
  }

  private static WithdrawalLock lock(ResultSet row, int rowNumber) throws SQLException {
    return new WithdrawalLock(
        new AccountId(row.getObject("account_id", UUID.class)),
        SecurityChange.valueOf(row.getString("change")),
        Timestamps.read(row, "locked_at"),
        Timestamps.read(row, "locked_until"));
  }
}
