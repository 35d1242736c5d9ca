package io.rampart.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one trusted device of an account. Not a secret: the device token is. */
public record TrustedDeviceId(UUID value) {
  public TrustedDeviceId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses the canonical textual form.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static TrustedDeviceId parse(String text) {
    return new TrustedDeviceId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
