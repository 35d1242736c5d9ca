package io.rampart.identity;

/** A second-factor proof as the client sent it. Never printed. */
public sealed interface Proof {
  FactorMethod method();

  /** A 6-digit code from the authenticator app. */
  record Totp(String code) implements Proof {
    @Override
    public FactorMethod method() {
      return FactorMethod.TOTP;
    }

    @Override
    public String toString() {
      return "Totp[***]";
    }
  }

  /** The 6-digit code from the mail. */
  record EmailCode(String code) implements Proof {
    @Override
    public FactorMethod method() {
      return FactorMethod.EMAIL_CODE;
    }

    @Override
    public String toString() {
      return "EmailCode[***]";
    }
  }

  /** One of the recovery codes, with or without its dashes. */
  record RecoveryCode(String code) implements Proof {
    @Override
    public FactorMethod method() {
      return FactorMethod.RECOVERY_CODE;
    }

    @Override
    public String toString() {
      return "RecoveryCode[***]";
    }
  }

  /**
   * A WebAuthn assertion: the JSON of the browser's {@code PublicKeyCredential} ({@code
   * credential.toJSON()}).
   */
  record Passkey(String credentialJson) implements Proof {
    @Override
    public FactorMethod method() {
      return FactorMethod.PASSKEY;
    }

    @Override
    public String toString() {
      return "Passkey[***]";
    }
  }
}
