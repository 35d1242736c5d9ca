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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The account has not withdrawn to this address before (among its recent destinations). An address
 * whitelisted for at least {@code trustedAfterHours} is trusted: the whitelist cool-down already
 * gave the owner time to notice.
 */
public final class NewDestinationRule implements RiskRule {
  @Override
  public String id() {
    return "new-destination";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(new ParameterSpec("trustedAfterHours", 72, 0, 1e6));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest w)
        || profile.usedAddresses().contains(FeatureKey.of(w.destinationAddress()))) {
      return Finding.ABSTAIN;
    }
    if (w.whitelisted()
        && w.whitelistedSince() != null
        && w.occurredAt().getEpochSecond() - w.whitelistedSince().getEpochSecond()
            >= p.get("trustedAfterHours") * 3600) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_NEW_DESTINATION,
        p.points(),
        w.whitelisted()
            ? "first withdrawal to a recently whitelisted address"
            : "first withdrawal to an address not whitelisted");
  }
}
