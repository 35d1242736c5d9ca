package io.rampart.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.RiskModel;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link RiskModel} run by ONNX Runtime: a classifier whose one input is a float matrix of {@code
 * [1, features]} and whose first output holds the class probabilities, the attack class at {@code
 * attackIndex}. Its inputs may come in another order than {@link ModelFeatures} (trainers sort
 * feature names): the model is given its input names in order and reorders each vector.
 * Deterministic: one intra-op thread, sequential execution, no graph optimisation that changes
 * arithmetic. Thread-safe (ONNX Runtime sessions are); closing it frees the native session.
 */
public final class OnnxRiskModel implements RiskModel, AutoCloseable {
  private final String name;
  private final List<String> features;
  private final int[] fromEngine;
  private final int attackIndex;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final String input;

  /**
   * @param inputs the model's input feature names, in its input order
   * @throws IllegalArgumentException if ONNX Runtime cannot load the model, or its input is not a
   *     float matrix of that many features
   */
  public OnnxRiskModel(String name, byte[] onnx, List<String> inputs, int attackIndex) {
    this.name = name;
    this.attackIndex = attackIndex;
    // Score in the engine's order when the inputs are the same features; else expose the model's
    // own list, which a policy then refuses as trained on other features.
    boolean same = inputs.size() == ModelFeatures.COUNT && inputs.containsAll(ModelFeatures.NAMES);
    this.features = same ? ModelFeatures.NAMES : List.copyOf(inputs);
    this.fromEngine = new int[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      fromEngine[i] = same ? ModelFeatures.NAMES.indexOf(inputs.get(i)) : i;
    }
    try {
      this.env = OrtEnvironment.getEnvironment();
      var options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
      this.session = env.createSession(onnx, options);
      this.input = session.getInputNames().iterator().next();
    } catch (OrtException e) {
      throw new IllegalArgumentException(
          "model " + name + " cannot be loaded: " + e.getMessage(), e);
    }
    long[] shape = inputShape();
    if (shape.length != 2 || (shape[1] >= 0 && shape[1] != inputs.size())) {
      throw new IllegalArgumentException(
          "model "
              + name
              + " takes "
              + java.util.Arrays.toString(shape)
              + ", not [n, "
              + inputs.size()
              + "]");
    }
  }

  private long[] inputShape() {
    try {
      var info = session.getInputInfo().get(input).getInfo();
      return ((ai.onnxruntime.TensorInfo) info).getShape();
    } catch (OrtException e) {
      throw new IllegalArgumentException("model " + name + " has no readable input", e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> features() {
    return features;
  }

  @Override
  public double score(float[] engine) {
    float[] row = new float[fromEngine.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = engine[fromEngine[i]];
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(row), new long[] {1, row.length});
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      float[][] probabilities = (float[][]) result.get(0).getValue();
      double p = probabilities[0][attackIndex];
      return Double.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0;
    } catch (OrtException e) {
      // A loaded model that fails on a valid vector is a broken invariant of the host, not input.
      throw new IllegalStateException("model " + name + " failed to score", e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a features file: one input name per line in input order, {@code #} comments. */
  static List<String> inputNames(String text) {
    var names = new ArrayList<String>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        names.add(s);
      }
    }
    return names;
  }
}
