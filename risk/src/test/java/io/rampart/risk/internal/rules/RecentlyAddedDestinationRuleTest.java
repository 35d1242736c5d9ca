package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecentlyAddedDestinationRuleTest {
  private static final RecentlyAddedDestinationRule RULE = new RecentlyAddedDestinationRule();

  static Stream<Arguments> cases() {
    Profile addedB = profileAfter(addressAdded("2026-01-10T08:00:00Z", "bc1qb"));
    var toB = withdrawal("2026-01-10T10:00:00Z", 10_000, "bc1qb");
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "added two hours ago",
                addedB,
                toB,
                context(BERLIN),
                p,
                RiskReason.RISK_RECENTLY_ADDED_DESTINATION),
            new RuleCase(
                "added two days ago",
                addedB,
                withdrawal("2026-01-12T10:00:00Z", 10_000, "bc1qb"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "another address",
                addedB,
                withdrawal("2026-01-10T10:00:00Z", 10_000, "bc1qc"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "whitelisted an hour ago by the event alone",
                Profile.EMPTY,
                whitelisted(toB, Instant.parse("2026-01-10T09:00:00Z")),
                context(BERLIN),
                p,
                RiskReason.RISK_RECENTLY_ADDED_DESTINATION),
            new RuleCase(
                "two hours ago with a one-hour window",
                addedB,
                toB,
                context(BERLIN),
                p.with("windowHours", 1),
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsWithdrawalsToAddressesAddedRecently(String name, RuleCase c) {
    c.check(RULE);
  }
}
