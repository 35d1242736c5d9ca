package io.rampart.identity;

/**
 * A started authenticator-app enrolment, shown once to its owner.
 *
 * @param secret the seed in base32, for typing into the app
 * @param otpauthUri the {@code otpauth://totp/...} URI the QR code holds
 * @param qrPng the QR code as a PNG image
 */
public record TotpEnrolment(String secret, String otpauthUri, byte[] qrPng) {
  public TotpEnrolment {
    qrPng = qrPng.clone();
  }

  @Override
  public byte[] qrPng() {
    return qrPng.clone();
  }

  @Override
  public String toString() {
    return "TotpEnrolment[***]";
  }
}
