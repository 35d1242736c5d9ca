package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.FeatureKey;
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
 * The withdrawal's US-dollar value is {@code zThreshold} standard deviations above the account's
 * moving mean for the asset. The deviation is floored at {@code relativeFloor} of the mean, so an
 * account that always withdraws the same amount is not flagged for a slightly larger one.
 */
public final class AmountAnomalyRule implements RiskRule {
  @Override
  public String id() {
    return "amount-anomaly";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("zThreshold", 4, 1, 100),
        new ParameterSpec("minSamples", 3, 1, 1000),
        new ParameterSpec("minUsd", 500, 0, 1e12),
        new ParameterSpec("relativeFloor", 0.25, 0, 10));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest w)) {
      return Finding.ABSTAIN;
    }
    var stats = profile.amounts();
    int i = stats.indexOf(FeatureKey.of(w.asset()));
    double usd = w.usdCents() / 100.0;
    if (i < 0 || stats.samples(i) < p.get("minSamples") || usd < p.get("minUsd")) {
      return Finding.ABSTAIN;
    }
    double mean = stats.mean(i);
    double deviation =
        Math.max(Math.sqrt(stats.variance(i)), Math.max(1, p.get("relativeFloor") * mean));
    double z = (usd - mean) / deviation;
    if (z < p.get("zThreshold")) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_AMOUNT_ANOMALY,
        p.points(),
        "USD "
            + Decimals.fixed(usd, 2)
            + " is "
            + Decimals.fixed(z, 1)
            + " deviations above the mean "
            + Decimals.fixed(mean, 2));
  }
}
