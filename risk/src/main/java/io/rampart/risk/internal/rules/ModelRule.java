package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.Finding;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskModel;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.internal.Decimals;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the action's {@link ModelFeatures} with the trained model the policy names, and signals
 * when the model's attack probability reaches {@code threshold}: points rise from one at the
 * threshold to the rule's full points at {@code fullAt}. The host loads the model and the policy
 * binds it ({@link io.rampart.risk.ModelCatalogue}); the rule only calls it, so it stays a pure
 * function of its arguments. Unbound (in {@link BuiltInRules}, for its id and parameters) it
 * abstains.
 */
public final class ModelRule implements RiskRule {
  public static final String ID = "model-score";
  private static final Set<ActionType> APPLIES =
      EnumSet.of(
          ActionType.SIGN_IN,
          ActionType.SESSION,
          ActionType.WITHDRAWAL,
          ActionType.ADDRESS_CHANGE,
          ActionType.SECURITY_CHANGE);

  private final RiskModel model;

  public ModelRule(RiskModel model) {
    this.model = model;
  }

  /** The rule without a model, as {@link BuiltInRules} lists it. */
  static ModelRule unbound() {
    return new ModelRule(null);
  }

  /** The model the rule calls, or {@code null} when unbound. */
  public RiskModel model() {
    return model;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<ActionType> appliesTo() {
    return APPLIES;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec("threshold", 0.5, 0, 1), new ParameterSpec("fullAt", 0.95, 0, 1));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (model == null || !APPLIES.contains(event.actionType())) {
      return Finding.ABSTAIN;
    }
    double score = model.score(ModelFeatures.of(profile, event, context));
    double threshold = p.get("threshold");
    if (!(score >= threshold)) {
      return Finding.ABSTAIN;
    }
    double span = Math.max(1e-9, p.get("fullAt") - threshold);
    double fraction = Math.min(1, (score - threshold) / span);
    int points = (int) Math.min(p.points(), Math.max(1, Math.round(p.points() * fraction)));
    return new Finding.Signal(
        RiskReason.RISK_MODEL_SCORE,
        points,
        "model "
            + model.name()
            + " scores "
            + Decimals.fixed(score, 2)
            + " (threshold "
            + Decimals.fixed(threshold, 2)
            + ")");
  }
}
