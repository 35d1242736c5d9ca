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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The account was last active at least {@code dormantDays} ago and acts again. */
public final class DormantAccountRule implements RiskRule {
  @Override
  public String id() {
    return "dormant-account";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(
        ActionType.SIGN_IN,
        ActionType.WITHDRAWAL,
        ActionType.ADDRESS_CHANGE,
        ActionType.SECURITY_CHANGE,
        ActionType.API_KEY_USE);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(new ParameterSpec("dormantDays", 180, 1, 36500));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (profile.lastActivityMinute() == 0
        || event instanceof RiskEvent.Deposit
        || event instanceof RiskEvent.SessionActivity) {
      return Finding.ABSTAIN;
    }
    long idle = Profile.minuteOf(event.occurredAt()) - (long) profile.lastActivityMinute();
    if (idle < p.get("dormantDays") * 1440) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_DORMANT_ACCOUNT, p.points(), "inactive for " + idle / 1440 + " days");
  }
}
