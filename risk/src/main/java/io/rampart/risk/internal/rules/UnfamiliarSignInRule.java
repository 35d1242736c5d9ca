package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.Feature;
import io.rampart.risk.Finding;
import io.rampart.risk.GlobalFeatureStats;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.internal.Decimals;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a sign-in after Freeman et al., "Who Are You? A Statistical Approach to Measuring User
 * Authenticity" (NDSS 2016): the log of how much likelier the sign-in's features are in the whole
 * population than for this account ({@link LikelihoodRatio}), over two hierarchies: country, ASN,
 * IP; OS, browser, user agent.
 *
 * <p>A value the account uses often scores below zero; a new value scores about ln((n + smoothing)
 * / smoothing) for a parent seen n times, so novelty weighs more for established accounts and every
 * new level of the hierarchy adds its own term. An account without history scores 0.
 */
public final class UnfamiliarSignInRule implements RiskRule {
  private static final Feature[][] HIERARCHIES = {
    {Feature.COUNTRY, Feature.ASN, Feature.IP}, {Feature.OS, Feature.BROWSER, Feature.USER_AGENT}
  };

  @Override
  public String id() {
    return "unfamiliar-sign-in";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return EnumSet.of(ActionType.SIGN_IN);
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("smoothing", 1, 0.01, 100),
        new ParameterSpec("pseudoCount", 10, 1, 1e9),
        new ParameterSpec("threshold", 3, 0, 100),
        new ParameterSpec("range", 5, 0.1, 100));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!(event instanceof RiskEvent.SignInAttempt s)) {
      return Finding.ABSTAIN;
    }
    var features = context.featuresOf(s);
    double score = score(profile, features, context.global(), p);
    double threshold = p.get("threshold");
    if (score < threshold) {
      return Finding.ABSTAIN;
    }
    int points = LikelihoodRatio.points(score, threshold, p.get("range"), p.points());
    return new Finding.Signal(
        RiskReason.RISK_UNFAMILIAR_SIGN_IN,
        points,
        "log likelihood ratio "
            + Decimals.fixed(score, 1)
            + " (threshold "
            + Decimals.fixed(threshold, 1)
            + ")");
  }

  /** The summed log likelihood ratio over both hierarchies. */
  public static double score(
      Profile profile, SignInFeatures features, GlobalFeatureStats global, RuleParameters p) {
    return LikelihoodRatio.score(
        profile, features, global, p.get("smoothing"), p.get("pseudoCount"), HIERARCHIES);
  }
}
