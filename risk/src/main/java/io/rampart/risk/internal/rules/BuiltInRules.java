package io.rampart.risk.internal.rules;

import io.rampart.risk.RiskRule;
import java.util.List;

/** Every rule shipped with Rampart, in the order findings are reported. */
public final class BuiltInRules {
  private static final List<RiskRule> ALL =
      List.of(
          new KnownBadIpRule(),
          new AnonymisingNetworkRule(),
          new HostingNetworkRule(),
          new NewDeviceRule(),
          new UnfamiliarSignInRule(),
          new ImpossibleTravelRule(),
          new UnfamiliarNetworkRule(),
          new FailedSignInBurstRule(),
          new SourceFailureBurstRule(),
          new CredentialStuffingRule(),
          new DormantAccountRule(),
          new WithdrawalVelocityRule(),
          new AmountAnomalyRule(),
          new NewDestinationRule(),
          new RecentlyAddedDestinationRule(),
          new AfterSecurityChangeRule(),
          new BalanceDrainRule(),
          ModelRule.unbound());

  private BuiltInRules() {}

  public static List<RiskRule> all() {
    return ALL;
  }
}
