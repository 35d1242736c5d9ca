package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventValidationTest {

  private static RiskEvent.SignInAttempt signInWith(
      String eventId, String account, String at, String ip, String ua, String device) {
    return new RiskEvent.SignInAttempt(
        eventId, new SubjectId(account), Instant.parse(at), true, ip, ua, device, false);
  }

  private static RiskEvent.WithdrawalRequest withdrawalWith(
      String asset, long amount, int scale, long usd, String address) {
    return new RiskEvent.WithdrawalRequest(
        "w1",
        ALICE,
        Instant.parse("2026-01-01T00:00:00Z"),
        asset,
        "bitcoin",
        amount,
        scale,
        usd,
        address,
        false,
        null,
        null,
        null,
        null);
  }

  static Stream<Arguments> invalid() {
    String ok = "2026-01-01T00:00:00Z";
    return Stream.of(
        Arguments.of(
            signInWith("", "a", ok, null, null, null), "eventId", ReasonCode.REQ_MISSING_FIELD),
        Arguments.of(
            signInWith("e", "a".repeat(129), ok, null, null, null),
            "accountId",
            ReasonCode.REQ_FIELD_TOO_LONG),
        Arguments.of(
            signInWith("e", "a\u0000b", ok, null, null, null),
            "accountId",
            ReasonCode.REQ_CONTROL_CHARACTERS),
        Arguments.of(
            signInWith("e", "a", "1999-12-31T23:59:59Z", null, null, null),
            "occurredAt",
            ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            signInWith("e", "a", ok, "example.com", null, null),
            "ip",
            ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            signInWith("e", "a", ok, null, "x".repeat(513), null),
            "userAgent",
            ReasonCode.REQ_FIELD_TOO_LONG),
        Arguments.of(withdrawalWith("btc", 1, 8, 1, "bc1q"), "asset", ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            withdrawalWith("BTC", 0, 8, 1, "bc1q"), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            withdrawalWith("BTC", 1, 31, 1, "bc1q"), "scale", ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            withdrawalWith("BTC", 1, 8, -1, "bc1q"), "usdCents", ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            withdrawalWith("BTC", 1, 8, 1, "bc1q x"),
            "destinationAddress",
            ReasonCode.REQ_INVALID_FIELD),
        Arguments.of(
            withdrawalWith("BTC", 1, 8, 1, ""),
            "destinationAddress",
            ReasonCode.REQ_MISSING_FIELD));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("invalid")
  void namesTheFieldAndCodeOfEachProblem(RiskEvent event, String field, ReasonCode code) {
    var check = EventValidation.check(event);
    assertThat(check).isInstanceOf(EventCheck.Invalid.class);
    assertThat(((EventCheck.Invalid) check).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo(field))
        .satisfies(p -> assertThat(p.code()).isEqualTo(code));
  }

  @Test
  void acceptsTheBaselineOfEveryEventType() {
    Stream.of(
            signIn("2026-01-01T00:00:00Z"),
            failedSignIn("2026-01-01T00:00:00Z"),
            withdrawal("2026-01-01T00:00:00Z", 100, "bc1q"),
            deposit("2026-01-01T00:00:00Z", 100),
            addressAdded("2026-01-01T00:00:00Z", "bc1q"),
            securityChange("2026-01-01T00:00:00Z", SecuritySetting.MFA),
            new RiskEvent.SessionActivity(
                "s",
                ALICE,
                Instant.parse("2026-01-01T00:00:00Z"),
                "sess",
                "2001:db8::1",
                null,
                null),
            new RiskEvent.ApiKeyUse(
                "k", ALICE, Instant.parse("2026-01-01T00:00:00Z"), "key-1", "trade", null))
        .forEach(e -> assertThat(EventValidation.check(e)).isEqualTo(new EventCheck.Valid(e)));
  }

  @Test
  void reportsEveryProblemNotOnlyTheFirst() {
    var check = EventValidation.check(withdrawalWith("", -1, -1, -1, ""));
    assertThat(((EventCheck.Invalid) check).problems())
        .extracting(EventCheck.Problem::field)
        .contains("asset", "amountMinor", "scale", "usdCents", "destinationAddress");
  }

  @Test
  void derivesTheActionTypeFromTheEventType() {
    assertThat(signIn("2026-01-01T00:00:00Z").actionType()).isEqualTo(ActionType.SIGN_IN);
    assertThat(withdrawal("2026-01-01T00:00:00Z", 1, "a").actionType())
        .isEqualTo(ActionType.WITHDRAWAL);
    assertThat(securityChange("2026-01-01T00:00:00Z", SecuritySetting.EMAIL).actionType())
        .isEqualTo(ActionType.SECURITY_CHANGE);
  }
}
