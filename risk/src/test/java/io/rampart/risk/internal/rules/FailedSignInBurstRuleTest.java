package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailedSignInBurstRuleTest {
  private static final FailedSignInBurstRule RULE = new FailedSignInBurstRule();

  static Stream<Arguments> cases() {
    Profile fourFailures =
        profileAfter(
            failedSignIn("2026-01-01T10:00:00Z"),
            failedSignIn("2026-01-01T10:01:00Z"),
            failedSignIn("2026-01-01T10:02:00Z"),
            failedSignIn("2026-01-01T10:03:00Z"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "fifth failure within the hour",
                fourFailures,
                failedSignIn("2026-01-01T10:04:00Z"),
                context(BERLIN),
                p,
                RiskReason.RISK_FAILED_SIGN_IN_BURST),
            new RuleCase(
                "success after four failures",
                fourFailures,
                signIn("2026-01-01T10:04:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "success after four failures with a limit of four",
                fourFailures,
                signIn("2026-01-01T10:04:00Z"),
                context(BERLIN),
                p.with("maxFailures", 4),
                RiskReason.RISK_FAILED_SIGN_IN_BURST),
            new RuleCase(
                "failure two hours after the burst",
                fourFailures,
                failedSignIn("2026-01-01T12:04:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "first failure",
                Profile.EMPTY,
                failedSignIn("2026-01-01T10:04:00Z"),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsBurstsOfFailedSignInsWithinTheHour(String name, RuleCase c) {
    c.check(RULE);
  }
}
