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
   * AUTH_MFA_METHOD_NOT_OFFERED}, {@code AUTH_MFA_PASSKEY_CLONED}, {@code
   * AUTH_MFA_TRUST_NOT_ALLOWED} for a recovery code that was to trust its device, {@code
   * AUTH_MFA_PASSKEY_USER_HANDLE_REQUIRED} for a passkey sign-in whose assertion names no user, or
   * {@code RISK_DENIED} for a passkey sign-in the risk engine refused.
   */
  record Refused(ReasonCode reason) implements SecondFactorOutcome {}

  /**
   * Throttled before the proof was checked.
   *
   * @param reason {@code AUTH_MFA_THROTTLED}: too many wrong proofs on the account's budget within
   *     the hour; or {@code AUTH_THROTTLED}: too many failed passkey sign-ins from this source (IP
   *     or network)
   */
  record Throttled(ReasonCode reason, Duration retryAfter) implements SecondFactorOutcome {}
}
