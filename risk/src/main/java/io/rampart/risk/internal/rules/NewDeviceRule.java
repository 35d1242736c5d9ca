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
import io.rampart.risk.internal.EventFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A device id the account has not used before, once the account has a device history; for a
 * sign-in, also a missing device id (a cleared cookie is a new device).
 */
public final class NewDeviceRule implements RiskRule {
  private static final Set<ActionType> APPLIES =
      EnumSet.of(
          ActionType.SIGN_IN,
          ActionType.WITHDRAWAL,
          ActionType.ADDRESS_CHANGE,
          ActionType.SECURITY_CHANGE);

  @Override
  public String id() {
    return "new-device";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return APPLIES;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!APPLIES.contains(event.actionType())) {
      return Finding.ABSTAIN;
    }
    long device = FeatureKey.of(EventFields.deviceId(event));
    if (profile.devices().size() == 0 || profile.devices().contains(device)) {
      return Finding.ABSTAIN;
    }
    if (device == FeatureKey.ABSENT) {
      // Actions after sign-in may come from clients without a device id (an API, a back office);
      // a sign-in without one, on an account whose sign-ins name their device, is a device that
      // cleared its identity: as new as any.
      return event instanceof RiskEvent.SignInAttempt
          ? new Finding.Signal(
              RiskReason.RISK_NEW_DEVICE,
              p.points(),
              "no device id, from an account whose "
                  + profile.devices().size()
                  + " known devices send one")
          : Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_NEW_DEVICE,
        p.points(),
        "device not among the " + profile.devices().size() + " known to the account");
  }
}
