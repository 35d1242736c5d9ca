package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewDeviceRuleTest {
  private static final NewDeviceRule RULE = new NewDeviceRule();

  static Stream<Arguments> cases() {
    Profile known = profileAfter(signIn("2026-01-01T10:00:00Z"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "first device of a new account",
                Profile.EMPTY,
                signIn("2026-01-02T10:00:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "known device", known, signIn("2026-01-02T10:00:00Z"), context(BERLIN), p, null),
            new RuleCase(
                "sign-in from another device",
                known,
                signIn("2026-01-02T10:00:00Z", "198.51.100.10", "dev-2"),
                context(BERLIN),
                p,
                RiskReason.RISK_NEW_DEVICE),
            new RuleCase(
                "sign-in without a device id on an account whose sign-ins name one",
                known,
                signIn("2026-01-02T10:00:00Z", "198.51.100.10", null),
                context(BERLIN),
                p,
                RiskReason.RISK_NEW_DEVICE),
            new RuleCase(
                "sign-in without a device id on an account that never named one",
                profileAfter(signIn("2026-01-01T10:00:00Z", "198.51.100.10", null)),
                signIn("2026-01-02T10:00:00Z", "198.51.100.10", null),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "withdrawal without a device id (an API client)",
                known,
                withDevice(withdrawal("2026-01-02T10:00:00Z", 10_000, "bc1qa"), null),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "withdrawal from the known device",
                known,
                withdrawal("2026-01-02T10:00:00Z", 10_000, "bc1qa"),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsOnlyDevicesNewToAnAccountWithHistory(String name, RuleCase c) {
    c.check(RULE);
  }
}
