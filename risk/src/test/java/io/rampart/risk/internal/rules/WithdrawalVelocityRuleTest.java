package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WithdrawalVelocityRuleTest {
  private static final WithdrawalVelocityRule RULE = new WithdrawalVelocityRule();

  static Stream<Arguments> cases() {
    Profile threeThisHour =
        profileAfter(
            withdrawal("2026-01-01T10:00:00Z", 10_000, "a"),
            withdrawal("2026-01-01T10:10:00Z", 10_000, "a"),
            withdrawal("2026-01-01T10:20:00Z", 10_000, "a"));
    Profile bigDay = profileAfter(withdrawal("2026-01-01T01:00:00Z", 4_900_000L, "a"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "fourth withdrawal within the hour",
                threeThisHour,
                withdrawal("2026-01-01T10:30:00Z", 10_000, "a"),
                context(BERLIN),
                p,
                RiskReason.RISK_WITHDRAWAL_VELOCITY),
            new RuleCase(
                "fourth withdrawal two hours later",
                threeThisHour,
                withdrawal("2026-01-01T12:30:00Z", 10_000, "a"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "USD 49,000 then USD 2,000 the same day",
                bigDay,
                withdrawal("2026-01-01T20:00:00Z", 200_000, "a"),
                context(BERLIN),
                p,
                RiskReason.RISK_WITHDRAWAL_VELOCITY),
            new RuleCase(
                "USD 49,000 then USD 2,000 two days later",
                bigDay,
                withdrawal("2026-01-03T20:00:00Z", 200_000, "a"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "USD 49,000 then USD 2,000 two days later, weekly limit 50,000",
                bigDay,
                withdrawal("2026-01-03T20:00:00Z", 200_000, "a"),
                context(BERLIN),
                p.with("maxUsdPerWeek", 50_000),
                RiskReason.RISK_WITHDRAWAL_VELOCITY),
            new RuleCase(
                "first withdrawal",
                Profile.EMPTY,
                withdrawal("2026-01-01T10:30:00Z", 10_000, "a"),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsTooManyOrTooLargeWithdrawalsPerWindow(String name, RuleCase c) {
    c.check(RULE);
  }
}
