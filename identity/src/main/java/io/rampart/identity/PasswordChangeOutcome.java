package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;

/** The result of a password change. */
public sealed interface PasswordChangeOutcome {
  /** Changed; every other session of the account was ended. */
  record Changed(int sessionsEnded) implements PasswordChangeOutcome {}

  /**
   * The session lacks the step-up the catalogue asks for ({@code AUTH_STEP_UP_REQUIRED}), the
   * current password is wrong, or the new one breaks the policy; nothing was written.
   */
  record Rejected(ReasonCode reason, String detail) implements PasswordChangeOutcome {}

  record Overloaded(Duration retryAfter) implements PasswordChangeOutcome {}

  /**
   * Too many wrong current passwords for this account (counted with its failed sign-ins): refused
   * before any hashing; nothing was changed.
   */
  record Throttled(Duration retryAfter) implements PasswordChangeOutcome {}
}
