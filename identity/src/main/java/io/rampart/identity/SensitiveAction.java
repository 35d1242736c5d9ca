package io.rampart.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The actions of the action catalogue ({@link ActionCatalogue}): what an account holder can do that
 * may need more than a session. Each action is its own step-up class: a fresh proof for one never
 * elevates another. The wire name ({@link #wireName()}) is part of the public API.
 */
public enum SensitiveAction {
  VIEW_ACCOUNT,
  SIGN_IN,
  CHANGE_PASSWORD,
  CHANGE_EMAIL,
  CHANGE_PHONE,
  ADD_FACTOR,
  REMOVE_FACTOR,
  SET_ANTI_PHISHING_CODE,
  CHANGE_WHITELIST,
  CREATE_API_KEY,
  WITHDRAW,
  END_SESSIONS;

  /** The name in requests, responses and configuration: lower case with hyphens. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The action with this wire name (or constant name), if any. */
  public static Optional<SensitiveAction> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(a -> a.name().equals(normal)).findFirst();
  }
}
