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
 * {@link ThrottleStore} on the {@code sign_in_throttles} table. An attempt is counted by one INSERT
 * ... ON CONFLICT DO UPDATE that also keeps the state it replaced in the row's {@code previous_*}
 * columns and returns it, so concurrent counts on one key never lose an increment and each learns
 * its own state before. A release is one UPDATE (a compare-and-set on the state the reservation
 * left, else a decrement); a row it leaves with no failures means "no state" and is then deleted
 * unless counted again meanwhile.
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
                + " WHERE key = ANY (:keys) AND failures > 0 ORDER BY key")
        .param("keys", keys.toArray(String[]::new))
        .query(PostgresThrottleStore::state)
        .list()
        .forEach(state -> states.put(state.key(), state));
    return Map.copyOf(states);
  }

  @Override
  public State recordFailure(String key, Instant at, Duration window) {
    return reserve(key, at, window).after();
  }

  /**
   * The window restarts when the stored last failure lies more than {@code window} before {@code
   * at}; otherwise the count goes up by one. The last failure time never moves backwards.
   */
  @Override
  public Reservation reserve(String key, Instant at, Duration window) {
    Objects.requireNonNull(at, "at");
    long windowMicros = Objects.requireNonNull(window, "window").toNanos() / 1_000;
    return jdbc.sql(
            "INSERT INTO sign_in_throttles AS t"
                + " (key, failures, last_failure_at, previous_failures, previous_failure_at)"
                + " VALUES (:key, 1, :at, 0, NULL)"
                + " ON CONFLICT (key) DO UPDATE SET"
                + " previous_failures = t.failures,"
                + " previous_failure_at = t.last_failure_at,"
                + " failures = CASE"
                + "   WHEN t.last_failure_at < EXCLUDED.last_failure_at"
                + "     - :windowMicros * interval '1 microsecond' THEN 1"
                + "   ELSE t.failures + 1 END,"
                + " last_failure_at = GREATEST(t.last_failure_at, EXCLUDED.last_failure_at)"
                + " RETURNING key, failures, last_failure_at, previous_failures,"
                + " previous_failure_at")
        .param("key", Objects.requireNonNull(key, "key"))
        .param("at", Timestamps.of(at))
        .param("windowMicros", windowMicros)
        .query(PostgresThrottleStore::reservation)
        .single();
  }

  @Override
  public void release(Reservation reservation) {
    Objects.requireNonNull(reservation, "reservation");
    State after = reservation.after();
    State before = reservation.before();
    jdbc.sql(
            "UPDATE sign_in_throttles SET"
                + " failures = CASE WHEN failures = :afterFailures AND last_failure_at = :afterAt"
                + "   THEN :beforeFailures ELSE failures - 1 END,"
                + " last_failure_at = CASE WHEN failures = :afterFailures"
                + "   AND last_failure_at = :afterAt THEN :beforeAt ELSE last_failure_at END"
                + " WHERE key = :key AND failures > 0")
        .param("key", reservation.key())
        .param("afterFailures", after.failures())
        .param("afterAt", Timestamps.of(after.lastFailureAt()))
        .param("beforeFailures", before == null ? 0 : before.failures())
        .param("beforeAt", Timestamps.of((before == null ? after : before).lastFailureAt()))
        .update();
    jdbc.sql("DELETE FROM sign_in_throttles WHERE key = :key AND failures = 0")
        .param("key", reservation.key())
        .update();
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

  private static Reservation reservation(ResultSet row, int rowNumber) throws SQLException {
    State after = state(row, rowNumber);
    int previous = row.getInt("previous_failures");
    State before =
        previous == 0
            ? null
            : new State(after.key(), previous, Timestamps.read(row, "previous_failure_at"));
    return new Reservation(after.key(), before, after);
  }
}
