package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;

import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SecuritySetting;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AfterSecurityChangeRuleTest {
  private static final AfterSecurityChangeRule RULE = new AfterSecurityChangeRule();

  private static Profile after(SecuritySetting s) {
    return profileAfter(signIn("2026-01-01T10:00:00Z"), securityChange("2026-01-10T08:00:00Z", s));
  }

  static Stream<Arguments> cases() {
    var soon = withdrawal("2026-01-10T10:00:00Z", 10_000, "a");
    var late = withdrawal("2026-01-13T10:00:00Z", 10_000, "a");
    var p = params(RULE);
    Profile newDevice =
        profileAfter(
            signIn("2026-01-01T10:00:00Z"),
            signIn("2026-01-10T08:00:00Z", "198.51.100.10", "dev-2"));
    return Stream.of(
            new RuleCase(
                "two hours after a password reset",
                after(SecuritySetting.PASSWORD_RESET),
                soon,
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "two hours after an MFA change",
                after(SecuritySetting.MFA),
                soon,
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "two hours after a phone change",
                after(SecuritySetting.PHONE),
                soon,
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "two hours after an e-mail change",
                after(SecuritySetting.EMAIL),
                soon,
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "two hours after an anti-phishing code change",
                after(SecuritySetting.ANTI_PHISHING_CODE),
                soon,
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "three days after a password reset",
                after(SecuritySetting.PASSWORD_RESET),
                late,
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "two hours after a new device signed in",
                newDevice,
                soon,
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "address added two hours after an MFA change",
                after(SecuritySetting.MFA),
                addressAdded("2026-01-10T10:00:00Z", "bc1q"),
                context(BERLIN),
                p,
                RiskReason.RISK_AFTER_SECURITY_CHANGE),
            new RuleCase(
                "no changes",
                profileAfter(signIn("2026-01-01T10:00:00Z")),
                soon,
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsWithdrawalsSoonAfterSecurityChanges(String name, RuleCase c) {
    c.check(RULE);
  }
}
