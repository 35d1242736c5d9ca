package io.rampart.identity;

import io.rampart.kernel.ReasonCode;

/** The result of presenting a session token. */
public sealed interface AuthenticationOutcome {
  record Authenticated(Session session) implements AuthenticationOutcome {}

  /**
   * {@code AUTH_SESSION_EXPIRED} for a session that existed but is idle, past its lifetime or
   * ended; {@code AUTH_UNAUTHENTICATED} for a token that matches nothing.
   */
  record Refused(ReasonCode reason) implements AuthenticationOutcome {}
}
