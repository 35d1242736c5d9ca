package io.rampart.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A syntactically valid e-mail address in normal form (trimmed, lower case), at most 254
 * characters. Create with {@link #parse}.
 *
 * <p>Accepted: one {@code @}; a local part of 1 to 64 characters with no whitespace, control
 * characters or characters that would need quoting; a domain of at least two dot-separated labels
 * of letters (any script), digits and inner hyphens, each 1 to 63 characters.
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
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int at = trimmed.indexOf('@');
    if (at < 0 || at != trimmed.lastIndexOf('@')) {
      return Optional.empty();
    }
    String local = trimmed.substring(0, at);
    String domain = trimmed.substring(at + 1);
    if (!validLocalPart(local) || !validDomain(domain)) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(trimmed.toLowerCase(Locale.ROOT)));
  }

  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String NEEDS_QUOTING = "\"(),:;<>[\\]";

  private static boolean validLocalPart(String local) {
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      return false;
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    return local
        .codePoints()
        .noneMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || NEEDS_QUOTING.indexOf(c) >= 0);
  }

  private static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > MAX_LABEL_LENGTH
          || label.startsWith("-")
          || label.endsWith("-")
          || !label.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
