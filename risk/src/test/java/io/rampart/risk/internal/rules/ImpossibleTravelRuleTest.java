package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImpossibleTravelRuleTest {
  private static final ImpossibleTravelRule RULE = new ImpossibleTravelRule();

  static Stream<Arguments> cases() {
    Profile inBerlin = profileAfter(BERLIN, signIn("2026-01-01T10:00:00Z"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "Singapore an hour after Berlin (about 9,900 km)",
                inBerlin,
                signIn("2026-01-01T11:00:00Z"),
                context(SINGAPORE),
                p,
                RiskReason.RISK_IMPOSSIBLE_TRAVEL),
            new RuleCase(
                "Singapore a day after Berlin",
                inBerlin,
                signIn("2026-01-02T10:00:00Z"),
                context(SINGAPORE),
                p,
                null),
            new RuleCase(
                "Munich ten minutes later, within geo-IP noise? no: 500 km",
                inBerlin,
                signIn("2026-01-01T10:10:00Z"),
                context(MUNICH),
                p,
                RiskReason.RISK_IMPOSSIBLE_TRAVEL),
            new RuleCase(
                "Munich ten minutes later with a 600 km noise floor",
                inBerlin,
                signIn("2026-01-01T10:10:00Z"),
                context(MUNICH),
                p.with("minDistanceKm", 600),
                null),
            new RuleCase(
                "same second, same place",
                inBerlin,
                signIn("2026-01-01T10:00:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "no coordinates for the new IP",
                inBerlin,
                signIn("2026-01-01T10:05:00Z"),
                context(UNLOCATED),
                p,
                null),
            new RuleCase(
                "Singapore an hour later through a VPN: a data centre's place, not the person's",
                inBerlin,
                signIn("2026-01-01T11:00:00Z"),
                context(located(SINGAPORE, true, false)),
                p,
                null),
            new RuleCase(
                "Singapore an hour later from a hosting network",
                inBerlin,
                signIn("2026-01-01T11:00:00Z"),
                context(located(SINGAPORE, false, true)),
                p,
                null),
            new RuleCase(
                "Singapore an hour after a VPN sign-in, which left Berlin the last place",
                observed(inBerlin, signIn("2026-01-01T10:30:00Z"), located(SINGAPORE, true, false)),
                signIn("2026-01-01T11:00:00Z"),
                context(SINGAPORE),
                p,
                RiskReason.RISK_IMPOSSIBLE_TRAVEL),
            new RuleCase(
                "Singapore an hour after an API call from a Singapore data centre",
                observed(inBerlin, apiKeyUse("2026-01-01T10:30:00Z"), SINGAPORE),
                signIn("2026-01-01T11:00:00Z"),
                context(SINGAPORE),
                p,
                RiskReason.RISK_IMPOSSIBLE_TRAVEL),
            new RuleCase(
                "no previous location",
                Profile.EMPTY,
                signIn("2026-01-01T10:05:00Z"),
                context(SINGAPORE),
                p,
                null),
            new RuleCase(
                "event older than the last location",
                inBerlin,
                signIn("2026-01-01T09:00:00Z"),
                context(SINGAPORE),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsMovesFasterThanTravelAllows(String name, RuleCase c) {
    c.check(RULE);
  }
}
