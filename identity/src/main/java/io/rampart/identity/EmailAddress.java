package io.rampart.identity;

import java.util.Objects;

/**
 * A syntactically valid e-mail address in normal form (trimmed, lower case), at most 254
 * characters. Create with {@link #parse}.
 */
public record EmailAddress(String value) {
  public EmailAddress {
    Objects.requireNonNull(value, "value");
  }

  /** The part before the last {@code @}. */
  public String localPart() {
    return value.substring(0, value.lastIndexOf('@'));
  }

  /**
   * Parses and normalises an address.
   *
   * @return the address, or empty if {@code text} is not a valid address
   */
  public static java.util.Optional<EmailAddress> parse(String text) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  @Override
  public String toString() {
    return value;
  }
}
