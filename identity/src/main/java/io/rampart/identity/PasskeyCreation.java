package io.rampart.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The options of {@code navigator.credentials.create()} for registering a passkey, and the
 * challenge that the registration must name.
 *
 * @param userHandle the account's WebAuthn user handle (its id's 16 bytes: random, no personal
 *     data)
 * @param userName the account's e-mail address, which the authenticator shows
 * @param excludeCredentialIds the account's passkeys (base64url), so an authenticator that holds
 *     one does not register twice
 */
public record PasskeyCreation(
    ChallengeId challengeId,
    byte[] challenge,
    String rpId,
    String rpName,
    byte[] userHandle,
    String userName,
    List<String> excludeCredentialIds,
    Duration timeout,
    Instant expiresAt) {
  public PasskeyCreation {
    challenge = challenge.clone();
    userHandle = userHandle.clone();
    excludeCredentialIds = List.copyOf(excludeCredentialIds);
  }

  @Override
  public byte[] challenge() {
    return challenge.clone();
  }

  @Override
  public byte[] userHandle() {
    return userHandle.clone();
  }
}
