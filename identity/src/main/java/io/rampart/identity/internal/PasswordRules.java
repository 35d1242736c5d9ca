package io.rampart.identity.internal;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings.PasswordPolicy;
import io.rampart.kernel.ReasonCode;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The password policy after NIST SP 800-63B: only well-formed Unicode text (no unpaired surrogate,
 * which no encoding can represent and which would collapse into a replacement character when
 * encoded), a length range counted in code points of the NFC form, no composition rules, a
 * blocklist of common passwords, a zxcvbn strength floor, and no e-mail local part inside the
 * password. Rules are checked in that order (the e-mail rule before the strength floor, since it is
 * the clearer advice) and the first one broken is reported. Thread-safe.
 */
final class PasswordRules {
  /** Local parts shorter than this are too likely to occur by chance to forbid. */
  static final int MIN_LOCAL_PART_TO_FORBID = 3;

  private final PasswordPolicy policy;
  private final CommonPasswords common;
  private final Zxcvbn zxcvbn;

  PasswordRules(PasswordPolicy policy, CommonPasswords common, Zxcvbn zxcvbn) {
    this.policy = policy;
    this.common = common;
    this.zxcvbn = zxcvbn;
  }

  /** The bundled blocklist and a zxcvbn estimator shared by every instance. */
  static PasswordRules standard(PasswordPolicy policy) {
    return new PasswordRules(policy, CommonPasswords.bundled(), SharedEstimator.ZXCVBN);
  }

  /**
   * @param password the password, already NFC-normalised ({@link PasswordText#normalized})
   * @return the first rule broken, or empty if the password is acceptable
   */
  Optional<PolicyViolation> check(char[] password, EmailAddress email) {
    if (!PasswordText.wellFormed(password)) {
      return violation(
          ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS,
          "The password contains characters that are not valid text (a broken character"
              + " encoding?); type it again or choose another.");
    }
    int length = PasswordText.length(password);
    if (length < policy.minLength()) {
      return violation(
          ReasonCode.AUTH_PASSWORD_TOO_SHORT,
          "Use at least " + policy.minLength() + " characters; a few unrelated words work well.");
    }
    if (length > policy.maxLength()) {
      return violation(
          ReasonCode.AUTH_PASSWORD_TOO_LONG, "Use at most " + policy.maxLength() + " characters.");
    }
    if (common.contains(password)) {
      return violation(
          ReasonCode.AUTH_PASSWORD_COMMON,
          "This password is in a list of common or breached passwords; choose another.");
    }
    if (containsLocalPart(password, email)) {
      return violation(
          ReasonCode.AUTH_PASSWORD_CONTAINS_EMAIL,
          "The password must not contain the part of your e-mail address before the @.");
    }
    if (score(password, email) < policy.minZxcvbnScore()) {
      return violation(
          ReasonCode.AUTH_PASSWORD_WEAK,
          "This password is too easy to guess: avoid names, dates, keyboard patterns and"
              + " repeated characters, or use a few unrelated words.");
    }
    return Optional.empty();
  }

  private static boolean containsLocalPart(char[] password, EmailAddress email) {
    String local = email.localPart();
    if (local.codePointCount(0, local.length()) < MIN_LOCAL_PART_TO_FORBID) {
      return false;
    }
    char[] lower = PasswordText.lowerCase(password);
    try {
      return PasswordText.contains(lower, PasswordText.lowerCase(local));
    } finally {
      PasswordText.wipe(lower);
    }
  }

  private int score(char[] password, EmailAddress email) {
    Strength strength =
        zxcvbn.measure(CharBuffer.wrap(password), List.of(email.value(), email.localPart()));
    return strength.getScore();
  }

  private static Optional<PolicyViolation> violation(ReasonCode reason, String detail) {
    return Optional.of(new PolicyViolation(reason, detail));
  }

  private static final class SharedEstimator {
    static final Zxcvbn ZXCVBN = new Zxcvbn();
  }
}
