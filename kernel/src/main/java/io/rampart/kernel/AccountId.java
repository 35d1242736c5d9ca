package io.rampart.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Rampart account. */
public record AccountId(UUID value) {
  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses the canonical textual form.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static AccountId parse(String text) {
    return new AccountId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
