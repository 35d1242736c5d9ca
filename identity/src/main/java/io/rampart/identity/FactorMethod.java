package io.rampart.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways to prove a second factor. The wire name ({@link #wireName()}) is public API. */
public enum FactorMethod {
  /** A code from an authenticator app (RFC 6238). */
  TOTP,
  /** A WebAuthn assertion from a passkey. */
  PASSKEY,
  /** One of the account's single-use recovery codes. */
  RECOVERY_CODE,
  /**
   * A code mailed to the account's address. Offered only to accounts without an authenticator app
   * or passkey, and never enough for actions that need an authenticator: e-mail does not prove
   * possession of a device (NIST SP 800-63B).
   */
  EMAIL_CODE;

  public String wireName() {
    return switch (this) {
      case TOTP -> "totp";
      case PASSKEY -> "passkey";
      case RECOVERY_CODE -> "recovery-code";
      case EMAIL_CODE -> "email";
    };
  }

  public static Optional<FactorMethod> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.wireName().equals(normal)).findFirst();
  }

  /** Whether this is an authenticator the account holds (app or passkey) or its recovery code. */
  public boolean authenticator() {
    return this != EMAIL_CODE;
  }
}
