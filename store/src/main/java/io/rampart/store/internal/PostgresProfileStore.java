package io.rampart.store.internal;

import io.rampart.risk.ProfileStore;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ProfileStore} on the {@code risk_profiles} and {@code risk_checkpoints} tables. Profiles
 * are upserted in account order, so concurrent writers lock rows in one order.
 */
final class PostgresProfileStore implements ProfileStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  PostgresProfileStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  @Override
  public Map<SubjectId, StoredProfile> load(Collection<SubjectId> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    if (accounts.isEmpty()) {
      return Map.of();
    }
    Map<SubjectId, StoredProfile> found = new HashMap<>();
    jdbc.sql(
            "SELECT account_id, applied_seq, profile FROM risk_profiles"
                + " WHERE account_id = ANY (:accounts)")
        .param("accounts", accounts.stream().map(SubjectId::value).toArray(String[]::new))
        .query(
            (row, n) ->
                new StoredProfile(
                    new SubjectId(row.getString("account_id")),
                    row.getLong("applied_seq"),
                    row.getBytes("profile")))
        .list()
        .forEach(p -> found.put(p.account(), p));
    return found;
  }

  @Override
  public void save(List<StoredProfile> profiles) {
    Objects.requireNonNull(profiles, "profiles");
    if (profiles.isEmpty()) {
      return;
    }
    List<StoredProfile> ordered =
        profiles.stream().sorted(Comparator.comparing(p -> p.account().value())).toList();
    batch.batchUpdate(
        "INSERT INTO risk_profiles AS p (account_id, applied_seq, profile) VALUES (?, ?, ?)"
            + " ON CONFLICT (account_id) DO UPDATE SET applied_seq = EXCLUDED.applied_seq,"
            + " profile = EXCLUDED.profile WHERE p.applied_seq < EXCLUDED.applied_seq",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            StoredProfile p = ordered.get(i);
            ps.setString(1, p.account().value());
            ps.setLong(2, p.appliedSeq());
            ps.setBytes(3, p.profile());
          }

          @Override
          public int getBatchSize() {
            return ordered.size();
          }
        });
  }

  @Override
  public void checkpoint(int writer, Instant at) {
    jdbc.sql(
            "INSERT INTO risk_checkpoints (writer, at) VALUES (:writer, :at)"
                + " ON CONFLICT (writer) DO UPDATE SET at = EXCLUDED.at")
        .param("writer", writer)
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .update();
  }

  @Override
  public Optional<Instant> oldestCheckpoint() {
    return jdbc.sql("SELECT min(at) AS at FROM risk_checkpoints")
        .query((row, n) -> Optional.ofNullable(Timestamps.read(row, "at")))
        .single();
  }

  @Override
  public void retainCheckpoints(int writers) {
    jdbc.sql("DELETE FROM risk_checkpoints WHERE writer >= :writers")
        .param("writers", writers)
        .update();
  }
}
