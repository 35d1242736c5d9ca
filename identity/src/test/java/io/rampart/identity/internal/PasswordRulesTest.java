package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings;
import io.rampart.kernel.ReasonCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
  private static final EmailAddress EMAIL =
      EmailAddress.parse("satoshi.nakamoto@example.com").orElseThrow();
  private static final PasswordRules RULES =
      PasswordRules.standard(IdentitySettings.defaults("https://x/?t=").passwordPolicy());

  private static Optional<PolicyViolation> check(String password, EmailAddress email) {
    return RULES.check(PasswordText.normalized(password.toCharArray()), email);
  }

  private static Optional<ReasonCode> reason(String password) {
    return check(password, EMAIL).map(PolicyViolation::reason);
  }

  @Test
  void acceptsALongUncommonPassword() {
    assertThat(check("violet tractor umbrella 42 quiet", EMAIL)).isEmpty();
  }

  @Test
  void rejectsUnpairedSurrogatesWhichNoEncodingCanCarry() {
    String good = "violet tractor umbrella 42 quiet";

    assertThat(reason(good + "\ud800")).contains(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS);
    assertThat(reason("\udc00" + good)).contains(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS);
    assertThat(reason("violet \ud800tractor umbrella 42"))
        .contains(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS);
    assertThat(reason("\ud800\ud800" + good)).contains(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS);
  }

  @Test
  void acceptsPairedSurrogates() {
    assertThat(reason("violet tractor \uD83D\uDE00 umbrella 42 quiet")).isEmpty();
  }

  @Test
  void rejectsPasswordShorterThanTwelveCharacters() {
    assertThat(reason("Tr0ub4dor&3")).contains(ReasonCode.AUTH_PASSWORD_TOO_SHORT);
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    String elevenEmoji =
        "\uD83D\uDE00\uD83D\uDC36\uD83C\uDF08\uD83D\uDE80\uD83C\uDF4F"
            + "\uD83D\uDC1D\uD83C\uDFB8\uD83D\uDCA1\uD83C\uDF0B\uD83E\uDD8A\uD83C\uDF35";
    assertThat(elevenEmoji.length()).isEqualTo(22);

    assertThat(reason(elevenEmoji)).contains(ReasonCode.AUTH_PASSWORD_TOO_SHORT);
  }

  @Test
  void countsCharactersAfterNfcNormalisation() {
    String decomposed = "e\u0301".repeat(6) + "qxzvw";
    assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(17);

    assertThat(reason(decomposed)).contains(ReasonCode.AUTH_PASSWORD_TOO_SHORT);
  }

  @Test
  void rejectsPasswordLongerThan128Characters() {
    String base = "violet tractor umbrella 42 quiet ";
    String tooLong = (base.repeat(4) + "pluscharacters").substring(0, 129);

    assertThat(reason(tooLong)).contains(ReasonCode.AUTH_PASSWORD_TOO_LONG);
    assertThat(reason(tooLong.substring(0, 128))).isEmpty();
  }

  @Test
  void rejectsCommonPassword() {
    assertThat(reason("qwerty123456")).contains(ReasonCode.AUTH_PASSWORD_COMMON);
  }

  @Test
  void rejectsCommonPasswordWhateverItsCase() {
    assertThat(reason("QwErTy123456")).contains(ReasonCode.AUTH_PASSWORD_COMMON);
  }

  @Test
  void rejectsPasswordContainingEmailLocalPart() {
    assertThat(reason("my Satoshi.Nakamoto violet tractor"))
        .contains(ReasonCode.AUTH_PASSWORD_CONTAINS_EMAIL);
  }

  @Test
  void allowsShortLocalPartInsidePassword() {
    EmailAddress shortLocal = EmailAddress.parse("vi@example.com").orElseThrow();

    assertThat(check("violet tractor umbrella 42 quiet", shortLocal)).isEmpty();
  }

  @Test
  void rejectsPasswordBelowTheStrengthFloor() {
    assertThat(reason("abcdefgh1234")).contains(ReasonCode.AUTH_PASSWORD_WEAK);
  }

  @Test
  void givesTheEmailToTheStrengthEstimator() {
    String reversedLocalPart = "otomakan.ihsotas1";
    EmailAddress unrelated = EmailAddress.parse("alice@example.org").orElseThrow();

    assertThat(check(reversedLocalPart, unrelated)).isEmpty();
    assertThat(reason(reversedLocalPart)).contains(ReasonCode.AUTH_PASSWORD_WEAK);
  }

  @Test
  void neverRepeatsThePasswordInItsAdvice() {
    for (String password :
        new String[] {
          "Tr0ub4dor&3", "qwerty123456", "my satoshi.nakamoto violet", "abcdefgh1234"
        }) {
      PolicyViolation violation = check(password, EMAIL).orElseThrow();
      assertThat(violation.detail()).doesNotContainIgnoringCase(password).isNotBlank();
      assertThat(violation.toString()).doesNotContainIgnoringCase(password);
    }
  }
}
