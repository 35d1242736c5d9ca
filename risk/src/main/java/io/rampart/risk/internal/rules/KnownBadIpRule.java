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

/** The event's IP is flagged by IP intelligence as a list of known-bad addresses. */
public final class KnownBadIpRule implements RiskRule {
  @Override
  public String id() {
    return "known-bad-ip";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.complementOf(EnumSet.of(ActionType.DEPOSIT));
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!context.ip().knownBad() || event instanceof RiskEvent.Deposit) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_KNOWN_BAD_IP, p.points(), "the IP is on a known-bad list");
  }
}
