package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.Finding;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.SecuritySetting;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A withdrawal, or a new withdrawal address, within {@code windowHours} of a password reset, an
 * MFA, e-mail or phone change, or a sign-in from a new device: the pattern of account takeover and
 * SIM-swap. The detail names the most recent such change.
 */
public final class AfterSecurityChangeRule implements RiskRule {
  private static final SecuritySetting[] WATCHED = {
    SecuritySetting.PASSWORD_RESET,
    SecuritySetting.MFA,
    SecuritySetting.EMAIL,
    SecuritySetting.PHONE
  };

  @Override
  public String id() {
    return "after-security-change";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL, ActionType.ADDRESS_CHANGE);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(new ParameterSpec("windowHours", 48, 0, 1e6));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest)
        && !(event instanceof RiskEvent.AddressBookChange)) {
      return Finding.ABSTAIN;
    }
    int now = Profile.minuteOf(event.occurredAt());
    int latest = 0;
    String what = null;
    for (SecuritySetting s : WATCHED) {
      int i = profile.securityChanges().indexOf(s.ordinal());
      if (i >= 0 && profile.securityChanges().lastSeenMinute(i) > latest) {
        latest = profile.securityChanges().lastSeenMinute(i);
        what = s.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " change";
      }
    }
    if (profile.lastNewDeviceMinute() > latest) {
      latest = profile.lastNewDeviceMinute();
      what = "sign-in from a new device";
    }
    if (what == null || latest > now || now - latest >= p.get("windowHours") * 60) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_AFTER_SECURITY_CHANGE,
        p.points(),
        what + " " + (now - latest) + " min before");
  }
}
