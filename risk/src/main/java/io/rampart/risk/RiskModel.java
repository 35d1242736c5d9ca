package io.rampart.risk;

import java.util.List;

/**
 * A trained model that scores an action's feature vector ({@link ModelFeatures}): the port through
 * which a host hands a loaded model to the model rule, so the rule stays a pure function and the
 * risk module loads nothing. A policy names the model; {@link ModelCatalogue} finds it.
 *
 * <p>Contract: {@link #score} MUST be a deterministic function of the vector (the same vector gives
 * the same score on every call), MUST return a probability in [0, 1] that the action is an attack,
 * MUST NOT throw for a vector of {@link ModelFeatures#COUNT} finite values, and MUST be
 * thread-safe. {@link #features} MUST name the features the model was trained on, in input order.
 */
public interface RiskModel {
  /** The name a policy refers to it by. */
  String name();

  /** The features the model reads, in input order; a policy refuses a model whose list differs. */
  List<String> features();

  double score(float[] features);
}
