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
 * The withdrawal takes at least {@code drainFraction} of the balance the event reports (abstains
 * when it reports none), and at least {@code minUsd}.
 */
public final class BalanceDrainRule implements RiskRule {
  @Override
  public String id() {
    return "balance-drain";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("drainFraction", 0.9, 0.01, 1),
        new ParameterSpec("minUsd", 100, 0, 1e12));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest w)
        || w.balanceUsdCents() == null
        || w.balanceUsdCents() <= 0
        || w.usdCents() < p.get("minUsd") * 100) {
      return Finding.ABSTAIN;
    }
    double fraction = (double) w.usdCents() / w.balanceUsdCents();
    if (fraction < p.get("drainFraction")) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_BALANCE_DRAIN,
        p.points(),
        "withdraws " + Decimals.fixed(Math.min(1, fraction) * 100, 0) + "% of the balance");
  }
}
