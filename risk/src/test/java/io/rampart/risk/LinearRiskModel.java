package io.rampart.risk;

import java.util.List;

/**
 * A logistic-regression {@link RiskModel} over given weights: a working model with observable
 * parameters, for tests of the model rule and the policy binding.
 */
public record LinearRiskModel(String name, List<String> features, float[] weights, float bias)
    implements RiskModel {

  /** A model that finds new devices, unfamiliar networks and fresh addresses suspicious. */
  public static LinearRiskModel example(String name) {
    float[] w = new float[ModelFeatures.COUNT];
    w[ModelFeatures.NAMES.indexOf("device.new")] = 3;
    w[ModelFeatures.NAMES.indexOf("network.novelty")] = 1;
    w[ModelFeatures.NAMES.indexOf("withdrawal.newDestination")] = 2;
    w[ModelFeatures.NAMES.indexOf("withdrawal.balanceShare")] = 2;
    return new LinearRiskModel(name, ModelFeatures.NAMES, w, -4);
  }

  @Override
  public double score(float[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
