package io.rampart.store.internal;

import io.rampart.identity.RecoveryCodeRepository;
import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link RecoveryCodeRepository} on the {@code recovery_codes} table. */
final class PostgresRecoveryCodeRepository implements RecoveryCodeRepository {
  private final JdbcClient jdbc;

  PostgresRecoveryCodeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void replaceAll(AccountId account, List<String> codeHashes, Instant at) {
    deleteAll(account);
    for (String hash : codeHashes) {
      jdbc.sql(
              "INSERT INTO recovery_codes (account_id, code_hash, created_at)"
                  + " VALUES (:account, :hash, :at)")
          .param("account", account.value())
          .param("hash", Objects.requireNonNull(hash, "codeHash"))
          .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
          .update();
    }
  }

  /** One conditional UPDATE: of concurrent uses, only the first to commit changes the row. */
  @Override
  public boolean use(AccountId account, String codeHash, Instant at) {
    return jdbc.sql(
                "UPDATE recovery_codes SET used_at = :at"
                    + " WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL")
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("account", account.value())
            .param("hash", Objects.requireNonNull(codeHash, "codeHash"))
            .update()
        == 1;
  }

  @Override
  public int countUnused(AccountId account) {
    return jdbc.sql(
            "SELECT count(*) FROM recovery_codes WHERE account_id = :account AND used_at IS NULL")
        .param("account", account.value())
        .query(Integer.class)
        .single();
  }

  @Override
  public void deleteAll(AccountId account) {
    jdbc.sql("DELETE FROM recovery_codes WHERE account_id = :account")
        .param("account", account.value())
        .update();
  }
}
