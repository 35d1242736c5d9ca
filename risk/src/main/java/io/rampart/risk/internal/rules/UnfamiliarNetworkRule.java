package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.Feature;
import io.rampart.risk.Finding;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.internal.Decimals;
import io.rampart.risk.internal.EventFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An action within a session (activity, withdrawal, address or security change) from a country and
 * network the account does not sign in from: the {@link LikelihoodRatio} of the country and ASN
 * against the networks its successful sign-ins taught the profile, counting novelty only (a
 * familiar country does not excuse an unknown network in it). A stolen session replayed from the
 * thief's network never signed in there, so its network stays unfamiliar however long the session
 * runs; the owner's own actions follow a sign-in from the same network. The IP itself is left out:
 * carriers hand out a new one within a session.
 */
public final class UnfamiliarNetworkRule implements RiskRule {
  private static final Feature[] NETWORK = {Feature.COUNTRY, Feature.ASN};
  private static final Set<ActionType> APPLIES =
      EnumSet.of(
          ActionType.SESSION,
          ActionType.WITHDRAWAL,
          ActionType.ADDRESS_CHANGE,
          ActionType.SECURITY_CHANGE);

  @Override
  public String id() {
    return "unfamiliar-network";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return APPLIES;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("smoothing", 1, 0.01, 100),
        new ParameterSpec("pseudoCount", 10, 1, 1e9),
        new ParameterSpec("threshold", 3, 0, 100),
        new ParameterSpec("range", 3, 0.1, 100));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    String ip = EventFields.ip(event);
    if (!APPLIES.contains(event.actionType())
        || ip == null
        || profile.countries().totalCount() == 0) {
      return Finding.ABSTAIN;
    }
    // A sign-in's features were hashed once for every rule; the network's are the same keys.
    var features =
        event instanceof RiskEvent.SignInAttempt s
            ? context.featuresOf(s)
            : SignInFeatures.of(ip, null, context.ip());
    double score =
        LikelihoodRatio.score(
            profile,
            features,
            context.global(),
            p.get("smoothing"),
            p.get("pseudoCount"),
            true,
            NETWORK);
    double threshold = p.get("threshold");
    if (score < threshold) {
      return Finding.ABSTAIN;
    }
    return new Finding.Signal(
        RiskReason.RISK_UNFAMILIAR_NETWORK,
        LikelihoodRatio.points(score, threshold, p.get("range"), p.points()),
        "network log likelihood ratio "
            + Decimals.fixed(score, 1)
            + " (threshold "
            + Decimals.fixed(threshold, 1)
            + ")"
            + context.ip().country().map(c -> " from " + c).orElse(""));
  }
}
