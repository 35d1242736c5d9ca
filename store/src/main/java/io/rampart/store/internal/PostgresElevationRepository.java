package io.rampart.store.internal;

import io.rampart.identity.Elevation;
import io.rampart.identity.ElevationRepository;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.SensitiveAction;
import io.rampart.kernel.SessionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ElevationRepository} on the {@code step_up_elevations} table. */
final class PostgresElevationRepository implements ElevationRepository {
  private final JdbcClient jdbc;

  PostgresElevationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void grant(Elevation elevation) {
    jdbc.sql(
            "INSERT INTO step_up_elevations (session_id, action, method, granted_at, expires_at)"
                + " VALUES (:session, :action, :method, :grantedAt, :expiresAt)"
                + " ON CONFLICT (session_id, action) DO UPDATE SET method = EXCLUDED.method,"
                + " granted_at = EXCLUDED.granted_at, expires_at = EXCLUDED.expires_at")
        .param("session", elevation.session().value())
        .param("action", elevation.action().name())
        .param("method", elevation.method().name())
        .param("grantedAt", Timestamps.of(elevation.grantedAt()))
        .param("expiresAt", Timestamps.of(elevation.expiresAt()))
        .update();
  }

  @Override
  public Optional<Elevation> find(SessionId session, SensitiveAction action) {
    return jdbc.sql(
            "SELECT session_id, action, method, granted_at, expires_at FROM step_up_elevations"
                + " WHERE session_id = :session AND action = :action")
        .param("session", session.value())
        .param("action", action.name())
        .query(PostgresElevationRepository::elevation)
        .optional();
  }

  private static Elevation elevation(ResultSet row, int rowNumber) throws SQLException {
    return new Elevation(
        new SessionId(row.getObject("session_id", UUID.class)),
        SensitiveAction.valueOf(row.getString("action")),
        FactorMethod.valueOf(row.getString("method")),
        Timestamps.read(row, "granted_at"),
        Timestamps.read(row, "expires_at"));
  }
}
