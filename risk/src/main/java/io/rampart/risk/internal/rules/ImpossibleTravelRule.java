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
 * The great-circle distance from the last located activity, over the time elapsed, is faster than
 * {@code maxSpeedKmh}. Short hops ({@code minDistanceKm}) are ignored: geo-IP places mobile and
 * corporate networks tens or hundreds of kilometres off. A VPN, proxy or hosting address says where
 * a data centre is, not the person: those are left to the network rules.
 */
public final class ImpossibleTravelRule implements RiskRule {
  @Override
  public String id() {
    return "impossible-travel";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.complementOf(EnumSet.of(ActionType.DEPOSIT));
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("maxSpeedKmh", 1000, 50, 100000),
        new ParameterSpec("minDistanceKm", 300, 0, 20000));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    var here = context.ip().coordinates();
    var last = profile.lastLocation();
    if (here.isEmpty()
        || !last.known()
        || event instanceof RiskEvent.Deposit
        || context.ip().anonymiser()
        || context.ip().hosting()) {
      return Finding.ABSTAIN;
    }
    long elapsed = event.occurredAt().getEpochSecond() - last.epochSecond();
    if (elapsed < 0) {
      return Finding.ABSTAIN;
    }
    double km = last.coordinates().distanceKm(here.get());
    double kmh = km / (Math.max(60, elapsed) / 3600.0);
    if (km < p.get("minDistanceKm") || kmh <= p.get("maxSpeedKmh")) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_IMPOSSIBLE_TRAVEL,
        p.points(),
        Decimals.fixed(km, 0)
            + " km in "
            + Math.max(1, elapsed / 60)
            + " min: "
            + Decimals.fixed(kmh, 0)
            + " km/h");
  }
}
