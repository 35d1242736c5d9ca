package io.rampart.models;

import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.RiskModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models shipped with Rampart, loaded from the class path on first use: each is an ONNX file
 * ({@code NAME.onnx}) and a text file of its input feature names in order ({@code NAME.features},
 * whose {@code # attack-index: N} line names the output column of the attack class). Thread-safe.
 */
public final class BundledModels implements ModelCatalogue {
  /** The model trained on the simulation (see docs/detection.md). */
  public static final String RAMPART_RISK_V1 = "rampart-risk-v1";

  private static final Set<String> NAMES = Set.of(RAMPART_RISK_V1);
  private final ConcurrentHashMap<String, OnnxRiskModel> loaded = new ConcurrentHashMap<>();

  @Override
  public Optional<RiskModel> find(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(loaded.computeIfAbsent(name, BundledModels::load));
  }

  @Override
  public Set<String> names() {
    return NAMES;
  }

  static OnnxRiskModel load(String name) {
    byte[] onnx = resource(name + ".onnx");
    String features = new String(resource(name + ".features"), StandardCharsets.UTF_8);
    List<String> inputs = OnnxRiskModel.inputNames(features);
    int attack = -1;
    for (String line : features.split("\n")) {
      if (line.startsWith("# attack-index:")) {
        attack = Integer.parseInt(line.substring("# attack-index:".length()).strip());
      }
    }
    if (attack < 0) {
      throw new IllegalStateException(name + ".features names no attack index");
    }
    return new OnnxRiskModel(name, onnx, inputs, attack);
  }

  private static byte[] resource(String file) {
    try (InputStream in = BundledModels.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
