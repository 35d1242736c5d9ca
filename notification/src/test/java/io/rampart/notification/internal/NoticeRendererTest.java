package io.rampart.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.AccountId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeRendererTest {
  private static final AccountId ALICE =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));
  private static final Map<String, String> ORIGIN =
      Map.of(
          "ipAddress", "203.0.113.7",
          "userAgent", "Firefox on Linux",
          "occurredAt", "2 November 2026, 10:15 UTC");

  private final NoticeRenderer renderer =
      new NoticeRenderer("Acme Exchange", AntiPhishingStamp.NONE);

  private static Map<String, String> valuesFor(NoticeKind kind) {
    return switch (kind) {
      case EMAIL_VERIFICATION ->
          Map.of("link", "https://acme.example/verify?t=abc", "expiresAt", "3 November 2026");
      case REGISTRATION_ATTEMPT -> Map.of();
      case REGISTRATION_PENDING -> Map.of("expiresAt", "3 November 2026, 10:15 UTC");
      case NEW_SIGN_IN, UNUSUAL_SIGN_IN, PASSWORD_CHANGED, RECOVERY_CODES_REPLACED -> ORIGIN;
      case MFA_EMAIL_CODE ->
          Map.of("code", "042917", "expiresAt", "2 November 2026, 10:25 UTC", "action", "withdraw");
      case SECOND_FACTOR_ADDED, SECOND_FACTOR_REMOVED -> with(ORIGIN, "method", "passkey");
      case RECOVERY_CODE_USED -> with(ORIGIN, "remaining", "9");
    };
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> values = new java.util.HashMap<>(base);
    values.put(key, value);
    return Map.copyOf(values);
  }

  private NoticeRenderer.Rendered render(NoticeKind kind, Map<String, String> values) {
    return renderer.render(new Notice(ALICE, "alice@example.com", kind, values));
  }

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
  void rendersEveryKindWithItsValuesAndTheProductName(NoticeKind kind) {
    NoticeRenderer.Rendered rendered = render(kind, valuesFor(kind));

    assertThat(rendered.subject())
        .contains("Acme Exchange")
        .doesNotContain("{")
        .doesNotContain("\n");
    assertThat(rendered.body()).contains("Acme Exchange").doesNotContain("{");
    valuesFor(kind).values().forEach(value -> assertThat(rendered.body()).contains(value));
  }

  @ParameterizedTest
  @EnumSource(
      value = NoticeKind.class,
      names = {"EMAIL_VERIFICATION", "NEW_SIGN_IN", "PASSWORD_CHANGED"})
  void failsWhenARequiredValueIsMissing(NoticeKind kind) {
    Map<String, String> values = new java.util.HashMap<>(valuesFor(kind));
    String dropped = values.keySet().iterator().next();
    values.remove(dropped);

    assertThatThrownBy(() -> render(kind, values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(kind.name())
        .hasMessageContaining(dropped);
  }

  @Test
  void doesNotRevealValuesWhenAnotherIsMissing() {
    assertThatThrownBy(
            () ->
                render(
                    NoticeKind.EMAIL_VERIFICATION,
                    Map.of("link", "https://acme.example/verify?t=s3cr3t")))
        .message()
        .doesNotContain("s3cr3t");
  }

  @Nested
  class Texts {
    @Test
    void verificationGivesTheLinkItsExpiryAndAWayOut() {
      String body =
          render(NoticeKind.EMAIL_VERIFICATION, valuesFor(NoticeKind.EMAIL_VERIFICATION)).body();

      assertThat(body)
          .contains("https://acme.example/verify?t=abc")
          .contains("expires at 3 November 2026")
          .contains("If you did not sign up");
    }

    @Test
    void registrationAttemptSaysWhatToDoEitherWay() {
      String body = render(NoticeKind.REGISTRATION_ATTEMPT, Map.of()).body();

      assertThat(body)
          .contains("tried to sign up")
          .contains("sign in")
          .contains("contact Acme Exchange support")
          .doesNotContain("reset")
          .contains("If it was not you, there is nothing to do");
    }

    @Test
    void registrationPendingSaysUntilWhenTheLinkIsLiveAndThatSigningUpAgainWorksAfter() {
      String body =
          render(NoticeKind.REGISTRATION_PENDING, valuesFor(NoticeKind.REGISTRATION_PENDING))
              .body();

      assertThat(body)
          .contains("waiting")
          .contains("expires at 3 November 2026, 10:15 UTC")
          .contains("sign up again with this address after 3 November 2026, 10:15 UTC")
          .doesNotContain("reset");
    }

    @Test
    void newSignInTellsWhenWhereAndWhatToDoIfItWasNotYou() {
      String body = render(NoticeKind.NEW_SIGN_IN, ORIGIN).body();

      assertThat(body)
          .contains("When: 2 November 2026, 10:15 UTC")
          .contains("IP address: 203.0.113.7")
          .contains("Device: Firefox on Linux")
          .contains("change your password")
          .contains("end your other sessions");
    }

    @ParameterizedTest
    @EnumSource(
        value = NoticeKind.class,
        names = {"SECOND_FACTOR_ADDED", "SECOND_FACTOR_REMOVED"})
    void nameTheFactorWithoutAnArticleThatCouldDisagreeWithIt(NoticeKind kind) {
      for (String method : java.util.List.of("authenticator app", "passkey")) {
        String body = render(kind, with(ORIGIN, "method", method)).body();

        assertThat(body).contains(method).doesNotContainPattern("(?i)\\ban? " + method);
      }
    }

    @Test
    void passwordChangedTellsWhenWhereAndWhatToDoIfItWasNotYou() {
      NoticeRenderer.Rendered rendered = render(NoticeKind.PASSWORD_CHANGED, ORIGIN);

      assertThat(rendered.subject()).isEqualTo("Your Acme Exchange password was changed");
      assertThat(rendered.body()).contains("IP address: 203.0.113.7").contains("reset your");
    }
  }

  @Nested
  class Subjects {
    @Test
    void dropLineBreaksFromValuesSoNoHeaderCanBeInjected() {
      NoticeRenderer injected =
          new NoticeRenderer("Acme\r\nBcc: eve@example.com\n", AntiPhishingStamp.NONE);

      String subject =
          injected
              .render(
                  new Notice(ALICE, "alice@example.com", NoticeKind.REGISTRATION_ATTEMPT, Map.of()))
              .subject();

      assertThat(subject)
          .doesNotContain("\r")
          .doesNotContain("\n")
          .isEqualTo("Someone tried to sign up to AcmeBcc: eve@example.com with your address");
    }

    @Test
    void dropOtherLineSeparatorsAndControlCharacters() {
      assertThat(NoticeRenderer.oneLine("a\u0085b\u2028c\u2029d\te\u0000f")).isEqualTo("abcdef");
    }

    @Test
    void keepTheValueIntactInTheBody() {
      NoticeRenderer multiLine = new NoticeRenderer("Acme\nExchange", AntiPhishingStamp.NONE);

      assertThat(
              multiLine
                  .render(
                      new Notice(ALICE, "a@example.com", NoticeKind.REGISTRATION_ATTEMPT, Map.of()))
                  .body())
          .contains("Acme\nExchange");
    }
  }

  @Nested
  class Values {
    private String deviceLine(String userAgent) {
      Map<String, String> values = new java.util.HashMap<>(ORIGIN);
      values.put("userAgent", userAgent);
      String body = render(NoticeKind.NEW_SIGN_IN, values).body();
      return body.lines().filter(l -> l.startsWith("Device: ")).findFirst().orElseThrow();
    }

    @Test
    void capALongUserAgentAt120CharactersWithAnEllipsis() {
      String device = deviceLine("A".repeat(5000));

      assertThat(device).isEqualTo("Device: " + "A".repeat(119) + "\u2026");
    }

    @Test
    void keepAUserAgentOf120CharactersWhole() {
      assertThat(deviceLine("B".repeat(120))).isEqualTo("Device: " + "B".repeat(120));
    }

    @Test
    void countCharactersNotUtf16UnitsAndNeverSplitAPair() {
      String device = deviceLine("\uD83D\uDE00".repeat(200));

      assertThat(device).isEqualTo("Device: " + "\uD83D\uDE00".repeat(119) + "\u2026");
    }

    @Test
    void dropControlAndBidiOverrideCharactersSoNoLineOrOrderCanBeForged() {
      String device =
          deviceLine("Firefox\r\n\r\nIP address: 1.2.3.4\u202Egnp.exe\u2066x\u2069\u200F\u0000");

      assertThat(device).isEqualTo("Device: FirefoxIP address: 1.2.3.4gnp.exex");
    }

    @Test
    void keepAVerificationLinkWholeHoweverLong() {
      String link = "https://acme.example/" + "path/".repeat(40) + "verify?t=abc";

      String body =
          render(NoticeKind.EMAIL_VERIFICATION, Map.of("link", link, "expiresAt", "soon")).body();

      assertThat(body).contains(link);
    }
  }

  @Nested
  class AntiPhishing {
    @Test
    void stampsEveryBodyWithTheAccountsCode() {
      NoticeRenderer stamping =
          new NoticeRenderer(
              "Acme Exchange",
              (account, body) ->
                  "Your anti-phishing code for " + account + ": BLUE-OTTER\n\n" + body);

      NoticeRenderer.Rendered rendered =
          stamping.render(new Notice(ALICE, "alice@example.com", NoticeKind.NEW_SIGN_IN, ORIGIN));

      assertThat(rendered.body())
          .startsWith("Your anti-phishing code for " + ALICE + ": BLUE-OTTER\n\nHello,");
      assertThat(rendered.subject()).doesNotContain("BLUE-OTTER");
    }
  }
}
