package io.rampart.identity;

import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A session's elevation for one action after a fresh second-factor proof (step-up).
 *
 * @param method the proof that earned it
 */
public record Elevation(
    SessionId session,
    SensitiveAction action,
    FactorMethod method,
    Instant grantedAt,
    Instant expiresAt) {
  public Elevation {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(grantedAt, "grantedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean activeAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
