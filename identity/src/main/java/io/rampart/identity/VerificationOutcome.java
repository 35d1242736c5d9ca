package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;

/** The result of using an e-mail verification token. */
public sealed interface VerificationOutcome {
  record Verified(AccountId account) implements VerificationOutcome {}

  /** Unknown, used or expired token ({@code AUTH_VERIFICATION_TOKEN_*}). */
  record Rejected(ReasonCode reason) implements VerificationOutcome {}
}
