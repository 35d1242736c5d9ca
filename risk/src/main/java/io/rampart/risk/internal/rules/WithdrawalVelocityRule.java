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
import io.rampart.risk.internal.Decimals;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Counting this withdrawal, more withdrawals per hour or per day, or more US dollars per day or per
 * week, than the parameters allow.
 */
public final class WithdrawalVelocityRule implements RiskRule {
  @Override
  public String id() {
    return "withdrawal-velocity";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("maxPerHour", 3, 1, 1e6),
        new ParameterSpec("maxPerDay", 10, 1, 1e6),
        new ParameterSpec("maxUsdPerDay", 50000, 1, 1e12),
        new ParameterSpec("maxUsdPerWeek", 200000, 1, 1e12));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest w)) {
      return Finding.ABSTAIN;
    }
    int minute = Profile.minuteOf(w.occurredAt());
    long perHour = profile.withdrawalsHour().count(minute) + 1L;
    long perDay = profile.withdrawalsDay().count(minute) + 1L;
    double usdDay = (profile.withdrawalsDay().sum(minute) + w.usdCents()) / 100.0;
    double usdWeek = (profile.withdrawalsWeek().sum(minute) + w.usdCents()) / 100.0;
    String detail;
    if (perHour > p.get("maxPerHour")) {
      detail = perHour + " withdrawals within the hour";
    } else if (perDay > p.get("maxPerDay")) {
      detail = perDay + " withdrawals within the day";
    } else if (usdDay > p.get("maxUsdPerDay")) {
      detail = "USD " + Decimals.fixed(usdDay, 2) + " withdrawn within the day";
    } else if (usdWeek > p.get("maxUsdPerWeek")) {
      detail = "USD " + Decimals.fixed(usdWeek, 2) + " withdrawn within the week";
    } else {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(RiskReason.RISK_WITHDRAWAL_VELOCITY, p.points(), detail);
  }
}
