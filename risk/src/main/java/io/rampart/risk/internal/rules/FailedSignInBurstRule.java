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

/**
 * At least {@code maxFailures} failed sign-ins on the account within the last hour, counting this
 * attempt if it failed. A success right after a burst is the likeliest moment of a guessed
 * password, so successes are scored too.
 */
public final class FailedSignInBurstRule implements RiskRule {
  @Override
  public String id() {
    return "failed-sign-in-burst";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.SIGN_IN);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(new ParameterSpec("maxFailures", 5, 1, 10000));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.SignInAttempt s)) {
      return Finding.ABSTAIN;
    }
    int failures =
        profile.failedSignIns().count(Profile.minuteOf(s.occurredAt())) + (s.success() ? 0 : 1);
    if (failures < p.get("maxFailures")) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_FAILED_SIGN_IN_BURST,
        p.points(),
        failures + " failed sign-ins within the hour");
  }
}
