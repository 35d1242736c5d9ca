package io.rampart.identity;

import io.rampart.kernel.ReasonCode;

/** The result of ending one or more of an account's sessions. */
public sealed interface SessionEndOutcome {
  /**
   * @param sessions how many sessions ended (possibly none, for "every other session")
   */
  record Ended(int sessions) implements SessionEndOutcome {}

  /**
   * Nothing ended: {@code AUTH_STEP_UP_REQUIRED} (ending another session is the {@link
   * SensitiveAction#END_SESSIONS} action, and the session lacks the elevation the catalogue asks
   * for), or {@code AUTH_SESSION_NOT_FOUND} (unknown, someone else's, or already ended: all alike).
   */
  record Refused(ReasonCode reason) implements SessionEndOutcome {}
}
