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

/** The event's IP is flagged by IP intelligence as a VPN, proxy or Tor exit. */
public final class AnonymisingNetworkRule implements RiskRule {
  @Override
  public String id() {
    return "anonymising-network";
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
    if (!context.ip().anonymiser() || event instanceof RiskEvent.Deposit) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_ANONYMISING_NETWORK,
        p.points(),
        "the IP belongs to an anonymising service");
  }
}
