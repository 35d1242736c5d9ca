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
import io.rampart.risk.SourceKeys;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * At least {@code maxPerIp} failed sign-ins from the attempt's IP, or {@code maxPerNetwork} from
 * its network (/24 or /64), within the hour, on any accounts, counting this attempt if it failed:
 * password guessing or spraying from one place, which the per-account burst does not see when it is
 * spread over accounts. Successes are scored too: a success amid such a burst is the likeliest
 * moment of a guessed password.
 */
public final class SourceFailureBurstRule implements RiskRule {
  @Override
  public String id() {
    return "source-failure-burst";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.SIGN_IN);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("maxPerIp", 20, 1, 1e6), new ParameterSpec("maxPerNetwork", 60, 1, 1e6));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.SignInAttempt s)) {
      return Finding.ABSTAIN;
    }
    int minute = Profile.minuteOf(s.occurredAt());
    int self = s.success() ? 0 : 1;
    SourceKeys keys = context.sourceKeysOf(s);
    long fromIp = (long) context.sources().failures(keys.ip(), minute) + self;
    if (keys.ip() != FeatureKey.ABSENT && fromIp >= p.get("maxPerIp")) {
      return signal(p, fromIp, "this IP");
    }
    long fromNetwork = (long) context.sources().failures(keys.network(), minute) + self;
    if (keys.network() != FeatureKey.ABSENT && fromNetwork >= p.get("maxPerNetwork")) {
      return signal(p, fromNetwork, "its network (/" + keys.networkPrefix() + ")");
    }
    return Finding.ABSTAIN;
  }

  private static Finding signal(RuleParameters p, long failures, String source) {
    return new Finding.Signal(
        RiskReason.RISK_SOURCE_FAILURE_BURST,
        p.points(),
        failures + " failed sign-ins from " + source + " within the hour");
  }
}
