package io.rampart.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A challenge as its client sees it: what to prove, by when.
 *
 * @param action the action a step-up is for, or {@code null}
 * @param methods the proofs it accepts, strongest first
 * @param passkey what the browser needs to ask a passkey, or {@code null} if none is offered
 */
public record ChallengeView(
    ChallengeId id,
    Challenge.Purpose purpose,
    SensitiveAction action,
    List<FactorMethod> methods,
    Instant expiresAt,
    PasskeyRequest passkey) {
  public ChallengeView {
    Objects.requireNonNull(id, "id");
    methods = List.copyOf(methods);
  }

  /**
   * The options of {@code navigator.credentials.get()}.
   *
   * @param challenge the random challenge to sign
   * @param allowCredentialIds the account's credential ids (base64url); empty for a discoverable
   *     sign-in, where the browser offers any passkey of this site
   */
  public record PasskeyRequest(
      byte[] challenge,
      String rpId,
      List<String> allowCredentialIds,
      boolean userVerificationRequired,
      Duration timeout) {
    public PasskeyRequest {
      challenge = challenge.clone();
      allowCredentialIds = List.copyOf(allowCredentialIds);
    }

    @Override
    public byte[] challenge() {
      return challenge.clone();
    }
  }
}
