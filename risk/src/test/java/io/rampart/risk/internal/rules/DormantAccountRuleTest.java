package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DormantAccountRuleTest {
  private static final DormantAccountRule RULE = new DormantAccountRule();

  static Stream<Arguments> cases() {
    Profile activeInJanuary =
        profileAfter(signIn("2026-01-01T10:00:00Z"), deposit("2026-06-01T10:00:00Z", 100));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "sign-in after 200 days (a deposit does not count as activity)",
                activeInJanuary,
                signIn("2026-07-20T10:00:00Z"),
                context(BERLIN),
                p,
                RiskReason.RISK_DORMANT_ACCOUNT),
            new RuleCase(
                "withdrawal after 200 days",
                activeInJanuary,
                withdrawal("2026-07-20T10:00:00Z", 100, "bc1q"),
                context(BERLIN),
                p,
                RiskReason.RISK_DORMANT_ACCOUNT),
            new RuleCase(
                "sign-in after 100 days",
                activeInJanuary,
                signIn("2026-04-11T10:00:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "sign-in after 100 days with a 90-day limit",
                activeInJanuary,
                signIn("2026-04-11T10:00:00Z"),
                context(BERLIN),
                p.with("dormantDays", 90),
                RiskReason.RISK_DORMANT_ACCOUNT),
            new RuleCase(
                "never active before",
                Profile.EMPTY,
                signIn("2026-07-20T10:00:00Z"),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsAccountsWakingUpAfterLongInactivity(String name, RuleCase c) {
    c.check(RULE);
  }
}
