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

class SourceFailureBurstRuleTest {
  private static final SourceFailureBurstRule RULE = new SourceFailureBurstRule();
  private static final String AT = "2026-01-01T10:00:00Z";
  private static final String LATER = "2026-01-01T10:30:00Z";

  /** Failures from each of {@code ips} in turn, each on a new account. */
  static SourceCounts failures(int n, IpFacts facts, String at, String... ips) {
    var counts = new SourceCounts();
    for (int i = 0; i < n; i++) {
      RiskEvent e = attempt("acct-" + i, at, ips[i % ips.length], false);
      counts.observe(e, EventContext.of(e, facts, new GlobalFeatureCounts()));
    }
    return counts;
  }

  static RuleCase row(
      String name, SourceStats sources, RiskEvent event, double ip, double network, boolean fires) {
    return new RuleCase(
        name,
        Profile.EMPTY,
        event,
        context(event, BERLIN, sources),
        params(RULE).with("maxPerIp", ip).with("maxPerNetwork", network),
        fires ? RiskReason.RISK_SOURCE_FAILURE_BURST : null);
  }

  static Stream<Arguments> cases() {
    var nineteen = failures(19, BERLIN, AT, "203.0.113.9");
    var eighteen = failures(18, BERLIN, AT, "203.0.113.9");
    var spread = failures(59, BERLIN, AT, "203.0.113.1", "203.0.113.2", "203.0.113.3");
    var ipv6 = failures(59, BERLIN, AT, "2001:db8:1:2::a", "2001:db8:1:2::b");
    return Stream.of(
            row("20th failure from the IP", nineteen, fail("203.0.113.9"), 20, 60, true),
            row("19th failure from the IP", eighteen, fail("203.0.113.9"), 20, 60, false),
            row("success after 19 failures", nineteen, succeed("203.0.113.9"), 20, 60, false),
            row(
                "success after 19 failures, limit 19",
                nineteen,
                succeed("203.0.113.9"),
                19,
                60,
                true),
            row("60th failure from the /24", spread, fail("203.0.113.200"), 20, 60, true),
            row(
                "59 failures on the /24, then a success",
                spread,
                succeed("203.0.113.200"),
                20,
                60,
                false),
            row("next /24", spread, fail("203.0.114.1"), 20, 60, false),
            row("60th failure from the /64", ipv6, fail("2001:db8:1:2::ffff"), 20, 60, true),
            row("next /64", ipv6, fail("2001:db8:1:3::a"), 20, 60, false),
            row(
                "the burst was over an hour ago",
                nineteen,
                failAt("203.0.113.9", "2026-01-01T11:05:00Z"),
                20,
                60,
                false),
            row("no IP", nineteen, fail(null), 1, 1, false),
            row("a host without source counts", SourceStats.NONE, fail("203.0.113.9"), 2, 2, false),
            row("a first failure, limit 1", new SourceCounts(), fail("203.0.113.9"), 1, 60, true))
        .map(RuleCase::row);
  }

  static RiskEvent fail(String ip) {
    return attempt("alice", LATER, ip, false);
  }

  static RiskEvent failAt(String ip, String at) {
    return attempt("alice", at, ip, false);
  }

  static RiskEvent succeed(String ip) {
    return attempt("alice", LATER, ip, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsBurstsOfFailuresFromOneIpOrNetworkOnAnyAccounts(String name, RuleCase c) {
    c.check(RULE);
  }
}
