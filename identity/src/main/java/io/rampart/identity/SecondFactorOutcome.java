package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;

/** The result of completing a sign-in with a second factor, or of a sign-in with a passkey. */
public sealed interface SecondFactorOutcome {
  /**
   * Signed in.
   *
   * @param method the factor that completed it
   * @param trustedDevice the device as now trusted, if the caller asked to trust it; else {@code
   *     null}
   */
  record SignedIn(
      SignInOutcome.SignedIn signedIn, FactorMethod method, TrustedDeviceView trustedDevice)
      implements SecondFactorOutcome {}

  /**
   * Refused: {@code AUTH_MFA_PROOF_INVALID} (attempts remain), {@code AUTH_MFA_CHALLENGE_VOID},
   * {@code AUTH_MFA_CHALLENGE_EXPIRED}, {@code AUTH_MFA_CHALLENGE_NOT_FOUND}, {@code
   * AUTH_MFA_METHOD_NOT_OFFERED}, {@code AUTH_MFA_PASSKEY_CLONED}, or {@code RISK_DENIED} for a
   * passkey sign-in the risk engine refused.
   */
  record Refused(ReasonCode reason) implements SecondFactorOutcome {}

  /** Too many wrong proofs for this account within the hour. */
  record Throttled(Duration retryAfter) implements SecondFactorOutcome {}
}
