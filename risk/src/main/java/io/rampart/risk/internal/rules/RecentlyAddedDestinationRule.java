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
 * The destination was added to the address book, or whitelisted, less than {@code windowHours} ago:
 * attackers who take over an account add their own address and withdraw at once.
 */
public final class RecentlyAddedDestinationRule implements RiskRule {
  @Override
  public String id() {
    return "recently-added-destination";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.WITHDRAWAL);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(new ParameterSpec("windowHours", 24, 0, 1e6));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.WithdrawalRequest w)) {
      return Finding.ABSTAIN;
    }
    long now = w.occurredAt().getEpochSecond();
    long added = Long.MIN_VALUE;
    int i = profile.addedAddresses().indexOf(FeatureKey.of(w.destinationAddress()));
    if (i >= 0) {
      added = profile.addedAddresses().lastSeenMinute(i) * 60L;
    }
    if (w.whitelistedSince() != null) {
      added = Math.max(added, w.whitelistedSince().getEpochSecond());
    }
    if (added == Long.MIN_VALUE || added > now || now - added >= p.get("windowHours") * 3600) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_RECENTLY_ADDED_DESTINATION,
        p.points(),
        "address added " + (now - added) / 60 + " min before the withdrawal");
  }
}
