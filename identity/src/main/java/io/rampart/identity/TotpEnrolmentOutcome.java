package io.rampart.identity;

import io.rampart.kernel.ReasonCode;

/** The result of starting an authenticator-app enrolment. */
public sealed interface TotpEnrolmentOutcome {
  record Started(TotpEnrolment enrolment) implements TotpEnrolmentOutcome {}

  /** {@code AUTH_MFA_ALREADY_ENROLLED}: remove the current app first. */
  record Refused(ReasonCode reason) implements TotpEnrolmentOutcome {}
}
