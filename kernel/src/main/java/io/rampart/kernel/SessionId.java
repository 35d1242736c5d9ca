package io.rampart.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies one sign-in session. Not a secret: the bearer token is. */
public record SessionId(UUID value) {
  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses the canonical textual form.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static SessionId parse(String text) {
    return new SessionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
