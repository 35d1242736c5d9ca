package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountAnomalyRuleTest {
  private static final AmountAnomalyRule RULE = new AmountAnomalyRule();

  static Stream<Arguments> cases() {
    Profile usuallyAbout500 =
        profileAfter(
            withdrawal("2026-01-01T10:00:00Z", 45_000, "a"),
            withdrawal("2026-01-08T10:00:00Z", 55_000, "a"),
            withdrawal("2026-01-15T10:00:00Z", 50_000, "a"),
            withdrawal("2026-01-22T10:00:00Z", 52_000, "a"));
    Profile twoSamples =
        profileAfter(
            withdrawal("2026-01-01T10:00:00Z", 45_000, "a"),
            withdrawal("2026-01-08T10:00:00Z", 55_000, "a"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "USD 5,000 against a mean near USD 500",
                usuallyAbout500,
                withdrawal("2026-02-01T10:00:00Z", 500_000, "a"),
                context(BERLIN),
                p,
                RiskReason.RISK_AMOUNT_ANOMALY),
            new RuleCase(
                "USD 700 against a mean near USD 500",
                usuallyAbout500,
                withdrawal("2026-02-01T10:00:00Z", 70_000, "a"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "USD 5,000 with only two samples",
                twoSamples,
                withdrawal("2026-02-01T10:00:00Z", 500_000, "a"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "USD 5,000 below a USD 10,000 floor",
                usuallyAbout500,
                withdrawal("2026-02-01T10:00:00Z", 500_000, "a"),
                context(BERLIN),
                p.with("minUsd", 10_000),
                null),
            new RuleCase(
                "no history for the asset",
                Profile.EMPTY,
                withdrawal("2026-02-01T10:00:00Z", 500_000, "a"),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsAmountsFarAboveTheAccountsNorm(String name, RuleCase c) {
    c.check(RULE);
  }
}
