package io.rampart.identity;

import io.rampart.kernel.SessionId;
import java.util.Optional;

/**
 * Stores step-up elevations, one per session and action. Contract: every method joins the caller's
 * transaction; arguments are never {@code null}. Thread-safe.
 */
public interface ElevationRepository {
  /** Stores the elevation, replacing the session's earlier one for the same action. */
  void grant(Elevation elevation);

  /** The session's elevation for the action, expired or not. */
  Optional<Elevation> find(SessionId session, SensitiveAction action);
}
