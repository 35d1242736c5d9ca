package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three IP-reputation rules, one table each row naming its rule. */
class NetworkRulesTest {
  static Stream<Arguments> cases() {
    var event = signIn("2026-01-02T10:00:00Z");
    var deposit = deposit("2026-01-02T10:00:00Z", 100);
    RiskRule anon = new AnonymisingNetworkRule();
    RiskRule hosting = new HostingNetworkRule();
    RiskRule bad = new KnownBadIpRule();
    return Stream.of(
        Arguments.of(
            "anonymiser flagged",
            anon,
            new RuleCase(
                "a",
                Profile.EMPTY,
                event,
                context(flagged(true, false, false)),
                params(anon),
                RiskReason.RISK_ANONYMISING_NETWORK)),
        Arguments.of(
            "anonymiser clean",
            anon,
            new RuleCase(
                "b",
                Profile.EMPTY,
                event,
                context(flagged(false, true, true)),
                params(anon),
                null)),
        Arguments.of(
            "hosting flagged",
            hosting,
            new RuleCase(
                "c",
                Profile.EMPTY,
                event,
                context(flagged(false, true, false)),
                params(hosting),
                RiskReason.RISK_HOSTING_NETWORK)),
        Arguments.of(
            "hosting clean",
            hosting,
            new RuleCase("d", Profile.EMPTY, event, context(BERLIN), params(hosting), null)),
        Arguments.of(
            "known bad flagged",
            bad,
            new RuleCase(
                "e",
                Profile.EMPTY,
                event,
                context(flagged(false, false, true)),
                params(bad),
                RiskReason.RISK_KNOWN_BAD_IP)),
        Arguments.of(
            "known bad ignores deposits",
            bad,
            new RuleCase(
                "f",
                Profile.EMPTY,
                deposit,
                context(flagged(false, false, true)),
                params(bad),
                null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsTheNetworkIpIntelligenceMarks(String name, RiskRule rule, RuleCase c) {
    c.check(rule);
  }
}
