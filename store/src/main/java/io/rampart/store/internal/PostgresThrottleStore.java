package io.rampart.store.internal;

import io.rampart.identity.ThrottleStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ThrottleStore} on the {@code sign_in_throttles} table. A failure is counted by one INSERT
 * ... ON CONFLICT DO UPDATE, so concurrent failures on one key never lose an increment.
 */
final class PostgresThrottleStore implements ThrottleStore {
  private final JdbcClient jdbc;

  PostgresThrottleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, State> find(Collection<String> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, State> states = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT key, failures, last_failure_at FROM sign_in_throttles"
                + " WHERE key = ANY (:keys) ORDER BY key")
        .param("keys", keys.toArray(String[]::new))
        .query(PostgresThrottleStore::state)
        .list()
        .forEach(state -> states.put(state.key(), state));
    return Map.copyOf(states);
  }

  /**
   * The window restarts when the stored last failure lies more than {@code window} before {@code
   * at}; otherwise the count goes up by one. The last failure time never moves backwards.
   */
  @Override
  public State recordFailure(String key, Instant at, Duration window) {
    Objects.requireNonNull(at, "at");
    long windowMicros = Objects.requireNonNull(window, "window").toNanos() / 1_000;
    return jdbc.sql(
            "INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at)"
                + " VALUES (:key, 1, :at)"
                + " ON CONFLICT (key) DO UPDATE SET"
                + " failures = CASE"
                + "   WHEN t.last_failure_at < EXCLUDED.last_failure_at"
                + "     - :windowMicros * interval '1 microsecond' THEN 1"
                + "   ELSE t.failures + 1 END,"
                + " last_failure_at = GREATEST(t.last_failure_at, EXCLUDED.last_failure_at)"
                + " RETURNING key, failures, last_failure_at")
        .param("key", Objects.requireNonNull(key, "key"))
        .param("at", Timestamps.of(at))
        .param("windowMicros", windowMicros)
        .query(PostgresThrottleStore::state)
        .single();
  }

  @Override
  public void clear(String key) {
    jdbc.sql("DELETE FROM sign_in_throttles WHERE key = :key")
        .param("key", Objects.requireNonNull(key, "key"))
        .update();
  }

  private static State state(ResultSet row, int rowNumber) throws SQLException {
    return new State(
        row.getString("key"), row.getInt("failures"), Timestamps.read(row, "last_failure_at"));
  }
}
