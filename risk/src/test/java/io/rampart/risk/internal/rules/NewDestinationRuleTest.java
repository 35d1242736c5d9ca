package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewDestinationRuleTest {
  private static final NewDestinationRule RULE = new NewDestinationRule();

  static Stream<Arguments> cases() {
    Profile usedA = profileAfter(withdrawal("2026-01-01T10:00:00Z", 10_000, "bc1qa"));
    var toB = withdrawal("2026-01-10T10:00:00Z", 10_000, "bc1qb");
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "address used before",
                usedA,
                withdrawal("2026-01-10T10:00:00Z", 10_000, "bc1qa"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "address never used",
                usedA,
                toB,
                context(BERLIN),
                p,
                RiskReason.RISK_NEW_DESTINATION),
            new RuleCase(
                "first withdrawal ever",
                Profile.EMPTY,
                toB,
                context(BERLIN),
                p,
                RiskReason.RISK_NEW_DESTINATION),
            new RuleCase(
                "never used but whitelisted for a week",
                usedA,
                whitelisted(toB, Instant.parse("2026-01-03T10:00:00Z")),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "never used and whitelisted yesterday",
                usedA,
                whitelisted(toB, Instant.parse("2026-01-09T10:00:00Z")),
                context(BERLIN),
                p,
                RiskReason.RISK_NEW_DESTINATION))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsFirstWithdrawalsToAnAddress(String name, RuleCase c) {
    c.check(RULE);
  }
}
