package io.rampart.server.web;

import io.rampart.identity.EmailAddress;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;

/**
 * The field rules every request body shares: required, bounded in length, free of control
 * characters; e-mail addresses well-formed. Details name the field, never its value.
 */
public final class RequestFields {
  public static final int MAX_EMAIL = 254;
  public static final int MAX_PASSWORD = 1024;
  public static final int MAX_TOKEN = 256;

  private RequestFields() {}

  /** A required string of at most {@code maxLength} characters without control characters. */
  public static void text(String field, String value, int maxLength) {
    if (value == null) {
      throw new ApiProblem(ReasonCode.REQ_MISSING_FIELD, "Field '" + field + "' is required.");
    }
    if (value.length() > maxLength) {
      throw new ApiProblem(
          ReasonCode.REQ_FIELD_TOO_LONG,
          "Field '" + field + "' is longer than " + maxLength + " characters.");
    }
    if (hasControlCharacters(value)) {
      throw new ApiProblem(
          ReasonCode.REQ_CONTROL_CHARACTERS, "Field '" + field + "' contains control characters.");
    }
  }

  /** A required, well-formed e-mail address. */
  public static void email(String field, String value) {
    text(field, value, MAX_EMAIL);
    if (EmailAddress.parse(value).isEmpty()) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_EMAIL, "Field '" + field + "' is not a valid e-mail address.");
    }
  }

  /** Whether {@code value} holds a C0 or C1 control character (tabs and newlines included). */
  public static boolean hasControlCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) return true;
    }
    return false;
  }

  /** Whether {@code value} is a usable token: present, bounded, printable. */
  public static boolean plausibleToken(String value) {
    return value != null
        && !value.isEmpty()
        && value.length() <= MAX_TOKEN
        && !hasControlCharacters(value);
  }
}
