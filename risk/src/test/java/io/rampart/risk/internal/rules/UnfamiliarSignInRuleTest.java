package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SignInFeatures;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnfamiliarSignInRuleTest {
  private static final UnfamiliarSignInRule RULE = new UnfamiliarSignInRule();
  private static final GlobalFeatureCounts GLOBAL = population();
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

  private static RiskEvent.SignInAttempt from(String ip, String ua) {
    return new RiskEvent.SignInAttempt(
        "x", ALICE, Instant.parse("2026-03-01T09:00:00Z"), true, ip, ua, "dev-1", false);
  }

  static Stream<Arguments> cases() {
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "usual IP and browser",
                ALICE_AT_HOME,
                from("198.51.100.10", CHROME_WINDOWS),
                new EventContext(BERLIN, GLOBAL),
                p,
                null),
            new RuleCase(
                "new IP in the usual network and country",
                ALICE_AT_HOME,
                from("198.51.100.77", CHROME_WINDOWS),
                new EventContext(BERLIN, GLOBAL),
                p,
                null),
            new RuleCase(
                "new country, network, IP and browser",
                ALICE_AT_HOME,
                from("192.0.2.1", FIREFOX_LINUX),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                RiskReason.RISK_UNFAMILIAR_SIGN_IN),
            new RuleCase(
                "account without history",
                Profile.EMPTY,
                from("192.0.2.1", FIREFOX_LINUX),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                null),
            new RuleCase(
                "withdrawals are not sign-ins",
                ALICE_AT_HOME,
                withdrawal("2026-03-01T09:00:00Z", 100, "bc1q"),
                new EventContext(SINGAPORE, GLOBAL),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsSignInsMuchLikelierForOthersThanForTheAccount(String name, RuleCase c) {
    c.check(RULE);
  }

  @Test
  void scoresAHabitualSignInBelowZeroAndEachNewLevelHigher() {
    var p = params(RULE);
    double usual =
        UnfamiliarSignInRule.score(
            ALICE_AT_HOME, SignInFeatures.of("198.51.100.10", CHROME_WINDOWS, BERLIN), GLOBAL, p);
    double newIp =
        UnfamiliarSignInRule.score(
            ALICE_AT_HOME, SignInFeatures.of("198.51.100.77", CHROME_WINDOWS, BERLIN), GLOBAL, p);
    double newCountry =
        UnfamiliarSignInRule.score(
            ALICE_AT_HOME, SignInFeatures.of("192.0.2.1", CHROME_WINDOWS, SINGAPORE), GLOBAL, p);
    assertThat(usual).isNegative();
    assertThat(newIp).isGreaterThan(usual);
    assertThat(newCountry).isGreaterThan(newIp);
  }

  @Test
  void scalesPointsWithTheScoreUpToTheRulesPoints() {
    var p = params(RULE).with("threshold", 0).with("range", 1000);
    var signal =
        (io.rampart.risk.Finding.Signal)
            RULE.evaluate(
                ALICE_AT_HOME,
                from("192.0.2.1", FIREFOX_LINUX),
                new EventContext(SINGAPORE, GLOBAL),
                p);
    assertThat(signal.points()).isBetween(1, p.points() - 1);
  }
}
