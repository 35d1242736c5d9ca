package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;

/** The result of a password sign-in. */
public sealed interface SignInOutcome {

  /**
   * Signed in.
   *
   * @param token the bearer token, shown to the client once; never logged
   * @param deviceToken the device token to keep on this device (new or the one presented)
   * @param newDevice whether the account had not signed in from this device/IP/user agent before
   * @param risk the risk engine's verdict on this sign-in (never {@code DENY} here)
   */
  record SignedIn(
      Session session, String token, String deviceToken, boolean newDevice, SignInVerdict risk)
      implements SignInOutcome {
    @Override
    public String toString() {
      return "SignedIn[session=" + session + ", newDevice=" + newDevice + ", risk=" + risk + "]";
    }
  }

  /**
   * The password was right, but the account has a second factor and this sign-in needs it: complete
   * the challenge ({@link Identity#completeSignIn}) to get the session.
   */
  record SecondFactorRequired(ChallengeView challenge) implements SignInOutcome {}

  /**
   * Refused: {@code AUTH_INVALID_CREDENTIALS} (unknown e-mail and wrong password alike), {@code
   * AUTH_EMAIL_NOT_VERIFIED} (only after a correct password) or {@code RISK_DENIED} (a correct
   * password, but the risk engine denied the sign-in).
   */
  record Refused(ReasonCode reason) implements SignInOutcome {}

  /** Too many recent failures for this account, source or network. */
  record Throttled(Duration retryAfter) implements SignInOutcome {}

  /** Password hashing is saturated. */
  record Overloaded(Duration retryAfter) implements SignInOutcome {}
}
