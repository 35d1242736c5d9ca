package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SourceCounts;
import io.rampart.risk.SourceStats;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialStuffingRuleTest {
  private static final CredentialStuffingRule RULE = new CredentialStuffingRule();
  private static final String AT = "2026-01-01T10:00:00Z";
  private static final String LATER = "2026-01-01T10:30:00Z";

  /** {@code failures} on {@code accounts} accounts, then {@code successes}, from {@code ips}. */
  static SourceCounts campaign(int failures, int accounts, int successes, String... ips) {
    var counts = new SourceCounts();
    for (int i = 0; i < failures + successes; i++) {
      boolean success = i >= failures;
      RiskEvent e =
          attempt(
              success ? "owner-" + i : "victim-" + (i % accounts),
              AT,
              ips[i % ips.length],
              success);
      IpFacts facts = i % 3 == 0 ? BERLIN : MUNICH;
      counts.observe(e, EventContext.of(e, facts, new GlobalFeatureCounts()));
    }
    return counts;
  }

  static RuleCase row(String name, SourceStats sources, RiskEvent event, boolean fires) {
    return new RuleCase(
        name,
        Profile.EMPTY,
        event,
        context(event, BERLIN, sources),
        params(RULE),
        fires ? RiskReason.RISK_CREDENTIAL_STUFFING : null);
  }

  static Stream<Arguments> cases() {
    var fromIp = campaign(6, 6, 0, "203.0.113.9");
    var fewAccounts = campaign(12, 4, 0, "203.0.113.9");
    var busy = campaign(8, 8, 3, "203.0.113.9");
    var spread = campaign(12, 12, 2, "203.0.113.1", "203.0.113.2", "203.0.113.3");
    var networks = new String[30];
    for (int i = 0; i < networks.length; i++) {
      networks[i] = "198.51." + i + ".7";
    }
    var wholeAs = campaign(30, 30, 5, networks);
    var smallAs = campaign(15, 15, 0, java.util.Arrays.copyOf(networks, 15));
    return Stream.of(
            row(
                "sign-in from an IP that failed on 6 accounts",
                fromIp,
                signInFrom("203.0.113.9"),
                true),
            row("a failure from it too", fromIp, failFrom("203.0.113.9"), true),
            row("12 failures on only 4 accounts", fewAccounts, signInFrom("203.0.113.9"), false),
            row("3 of 11 attempts succeeded", busy, signInFrom("203.0.113.9"), false),
            row(
                "another IP of the /24 that failed on 12",
                spread,
                signInFrom("203.0.113.77"),
                true),
            row("the next /24", spread, signInFrom("203.0.114.77"), false),
            row(
                "an AS that failed on 30 accounts in 30 networks",
                wholeAs,
                signInFrom("192.0.2.1"),
                true),
            row("an AS that failed on 15", smallAs, signInFrom("192.0.2.1"), false),
            row("a withdrawal from the IP", fromIp, withdrawalFrom("203.0.113.9"), true),
            row("a withdrawal from elsewhere", fromIp, withdrawalFrom("192.0.2.1"), false),
            row("a deposit", fromIp, deposit(LATER, 100), false),
            row(
                "the campaign was over an hour ago",
                fromIp,
                attempt("alice", "2026-01-01T11:05:00Z", "203.0.113.9", true),
                false),
            row("a host without source counts", SourceStats.NONE, signInFrom("203.0.113.9"), false))
        .map(RuleCase::row);
  }

  static RiskEvent signInFrom(String ip) {
    return attempt("alice", LATER, ip, true);
  }

  static RiskEvent failFrom(String ip) {
    return attempt("alice", LATER, ip, false);
  }

  static RiskEvent withdrawalFrom(String ip) {
    return withIp(withdrawal(LATER, 10_000, "addr-1"), ip);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsSourcesFailingOnManyAccountsWithFewSuccesses(String name, RuleCase c) {
    c.check(RULE);
  }
}
