package io.rampart.risk;

import java.util.Objects;

/**
 * The account an event is about, as the sending system names it: any opaque string of 1 to {@value
 * #MAX_LENGTH} characters without control characters. Unlike {@code io.rampart.kernel.AccountId} it
 * need not be a Rampart account, so an exchange can send events about its own users.
 */
public record SubjectId(String value) {
  public static final int MAX_LENGTH = 128;

  public SubjectId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
