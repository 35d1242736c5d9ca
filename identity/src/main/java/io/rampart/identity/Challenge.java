package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A second-factor challenge as stored: a sign-in waiting for its second factor, a step-up, or a
 * passkey ceremony (registration, or sign-in with a passkey alone).
 *
 * @param account whose factor is asked for; {@code null} only for {@link Purpose#PASSKEY_SIGN_IN},
 *     where the passkey names the account
 * @param session the session it elevates or registers a passkey for; {@code null} for sign-ins
 * @param action the action a step-up is for; {@code null} otherwise
 * @param methods the proofs it accepts
 * @param webAuthnChallenge the random WebAuthn challenge, or {@code null} if no passkey is offered
 * @param emailCodeHash the keyed hash of the e-mailed code, or {@code null} if none was sent
 * @param emailCodeExpiresAt when that code expires, or {@code null}
 * @param attempts proofs tried so far (each counted before it is checked)
 * @param settledAt when it was completed or voided, or {@code null} while open
 * @param signIn for a sign-in: what the password step found; {@code null} otherwise
 */
public record Challenge(
    ChallengeId id,
    Purpose purpose,
    AccountId account,
    SessionId session,
    SensitiveAction action,
    Set<FactorMethod> methods,
    byte[] webAuthnChallenge,
    String emailCodeHash,
    Instant emailCodeExpiresAt,
    Instant createdAt,
    Instant expiresAt,
    int attempts,
    State state,
    Instant settledAt,
    PendingSignIn signIn) {

  public enum Purpose {
    SIGN_IN,
    STEP_UP,
    PASSKEY_SIGN_IN,
    PASSKEY_REGISTRATION
  }

  public enum State {
    OPEN,
    COMPLETED,
    VOID
  }

  /**
   * What the password step of a sign-in found, kept until the second factor completes it.
   *
   * @param knownDeviceHash the hash of the device token presented, if the account knew it, or
   *     {@code null}
   * @param ipAddress where the password came from, or {@code null}
   * @param userAgent which client sent it, or {@code null}
   * @param riskDecision the risk engine's decision
   * @param assessmentId its assessment, or {@code null} when unassessed
   * @param riskReasons its reasons, strongest first
   */
  public record PendingSignIn(
      String knownDeviceHash,
      String ipAddress,
      String userAgent,
      SignInVerdict.Decision riskDecision,
      String assessmentId,
      List<String> riskReasons) {
    public PendingSignIn {
      Objects.requireNonNull(riskDecision, "riskDecision");
      riskReasons = List.copyOf(riskReasons);
    }

    public SignInVerdict verdict() {
      return new SignInVerdict(riskDecision, assessmentId, riskReasons);
    }
  }

  public Challenge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(purpose, "purpose");
    methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
    webAuthnChallenge = webAuthnChallenge == null ? null : webAuthnChallenge.clone();
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(state, "state");
  }

  @Override
  public byte[] webAuthnChallenge() {
    return webAuthnChallenge == null ? null : webAuthnChallenge.clone();
  }

  /** Whether a proof may still be tried at {@code now}. */
  public boolean openAt(Instant now) {
    return state == State.OPEN && now.isBefore(expiresAt);
  }

  /** A copy with the e-mailed code's hash and expiry set. */
  public Challenge withEmailCode(String hash, Instant expiresAt) {
    return new Challenge(
        id,
        purpose,
        account,
        session,
        action,
        methods,
        webAuthnChallenge,
        hash,
        expiresAt,
        createdAt,
        this.expiresAt,
        attempts,
        state,
        settledAt,
        signIn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Challenge c
        && id.equals(c.id)
        && purpose == c.purpose
        && Objects.equals(account, c.account)
        && Objects.equals(session, c.session)
        && action == c.action
        && methods.equals(c.methods)
        && Arrays.equals(webAuthnChallenge, c.webAuthnChallenge)
        && Objects.equals(emailCodeHash, c.emailCodeHash)
        && Objects.equals(emailCodeExpiresAt, c.emailCodeExpiresAt)
        && createdAt.equals(c.createdAt)
        && expiresAt.equals(c.expiresAt)
        && attempts == c.attempts
        && state == c.state
        && Objects.equals(settledAt, c.settledAt)
        && Objects.equals(signIn, c.signIn);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Challenge[id=" + id + ", purpose=" + purpose + ", state=" + state + "]";
  }
}
