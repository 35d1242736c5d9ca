package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.EventContext;
import io.rampart.risk.Finding;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnfamiliarNetworkRuleTest {
  private static final UnfamiliarNetworkRule RULE = new UnfamiliarNetworkRule();
  private static final GlobalFeatureCounts GLOBAL = population();

  /** Another network in Berlin: the account's country, not its ISP. */
  private static final IpFacts BERLIN_OTHER_ISP = place("DE", 6805, 52.52, 13.405);

  private static final Profile ALICE_AT_HOME;

  static {
    var engine = new RiskEngine();
    Profile p = Profile.EMPTY;
    for (int day = 1; day <= 20; day++) {
      var e = signIn(String.format("2026-02-%02dT09:00:00Z", day));
      p = engine.observe(p, e, new EventContext(BERLIN, GLOBAL));
      GLOBAL.observe(e, BERLIN);
    }
    ALICE_AT_HOME = p;
  }

  private static RiskEvent.SessionActivity session(String ip) {
    return new RiskEvent.SessionActivity(
        "s", ALICE, Instant.parse("2026-03-01T09:05:00Z"), "s-1", ip, CHROME_WINDOWS, "dev-1");
  }

  static Stream<Arguments> cases() {
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "activity from the network the account signs in from",
                ALICE_AT_HOME,
                session("198.51.100.10"),
                new EventContext(BERLIN, GLOBAL),
                p,
                null),
            new RuleCase(
                "another address of that network",
                ALICE_AT_HOME,
                session("198.51.100.99"),
                new EventContext(BERLIN, GLOBAL),
                p,
                null),
            new RuleCase(
                "activity from a country the account never signed in from",
                ALICE_AT_HOME,
                session("192.0.2.1"),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                RiskReason.RISK_UNFAMILIAR_NETWORK),
            new RuleCase(
                "another network in the account's own country",
                ALICE_AT_HOME,
                session("203.0.113.5"),
                new EventContext(BERLIN_OTHER_ISP, GLOBAL),
                p,
                RiskReason.RISK_UNFAMILIAR_NETWORK),
            new RuleCase(
                "a withdrawal from abroad",
                ALICE_AT_HOME,
                withdrawal("2026-03-01T09:00:00Z", 100, "bc1q"),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                RiskReason.RISK_UNFAMILIAR_NETWORK),
            new RuleCase(
                "an account that never signed in",
                Profile.EMPTY,
                session("192.0.2.1"),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                null),
            new RuleCase(
                "no address",
                ALICE_AT_HOME,
                session(null),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                null),
            new RuleCase(
                "sign-ins are the unfamiliar-sign-in rule's",
                ALICE_AT_HOME,
                signIn("2026-03-01T09:00:00Z", "192.0.2.1", "dev-1"),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsActionsFromNetworksTheAccountDoesNotSignInFrom(String name, RuleCase c) {
    c.check(RULE);
  }

  @Test
  void givesMorePointsTheLessFamiliarTheNetwork() {
    var p = params(RULE).with("threshold", 0).with("range", 100);
    int sameCountry =
        points(
            RULE.evaluate(
                ALICE_AT_HOME,
                session("203.0.113.5"),
                new EventContext(BERLIN_OTHER_ISP, GLOBAL),
                p));
    int abroad =
        points(
            RULE.evaluate(
                ALICE_AT_HOME, session("192.0.2.1"), new EventContext(SINGAPORE, GLOBAL), p));
    assertThat(sameCountry).isPositive();
    assertThat(abroad).isGreaterThanOrEqualTo(sameCountry);
  }

  private static int points(Finding f) {
    return f instanceof Finding.Signal s ? s.points() : 0;
  }
}
