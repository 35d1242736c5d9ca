package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BalanceDrainRuleTest {
  private static final BalanceDrainRule RULE = new BalanceDrainRule();

  static Stream<Arguments> cases() {
    var w = withdrawal("2026-01-10T10:00:00Z", 95_000, "a");
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "95% of the balance",
                Profile.EMPTY,
                withBalance(w, 100_000L),
                context(BERLIN),
                p,
                RiskReason.RISK_BALANCE_DRAIN),
            new RuleCase(
                "50% of the balance",
                Profile.EMPTY, withBalance(w, 190_000L), context(BERLIN), p, null),
            new RuleCase("balance not reported", Profile.EMPTY, w, context(BERLIN), p, null),
            new RuleCase(
                "zero balance reported",
                Profile.EMPTY,
                withBalance(w, 0L),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "all of a small balance",
                Profile.EMPTY,
                withBalance(withdrawal("2026-01-10T10:00:00Z", 5_000, "a"), 5_000L),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsWithdrawalsTakingMostOfTheBalance(String name, RuleCase c) {
    c.check(RULE);
  }
}
