package io.rampart.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one second-factor challenge (sign-in, step-up or passkey ceremony). Not a secret: a
 * challenge is bound to its account or session, and its proof is the secret.
 */
public record ChallengeId(UUID value) {
  public ChallengeId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses the canonical textual form.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static ChallengeId parse(String text) {
    return new ChallengeId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
