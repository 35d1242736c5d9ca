package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;
import java.time.Instant;

/** Whether a session may do a sensitive action now. */
public sealed interface Authorization {
  /**
   * Yes.
   *
   * @param elevatedUntil when the step-up that allows it ends, or {@code null} if the session alone
   *     is enough
   */
  record Granted(Instant elevatedUntil) implements Authorization {}

  /** Not without a fresh proof: here is the challenge to complete. */
  record StepUpRequired(ChallengeView challenge) implements Authorization {}

  /**
   * Not possible: {@code AUTH_MFA_ENROLMENT_REQUIRED} (the action needs an authenticator the
   * account does not have).
   */
  record Refused(ReasonCode reason) implements Authorization {}

  /** An e-mailed code would be needed, but too many were sent within the hour. */
  record Throttled(Duration retryAfter) implements Authorization {}
}
