package io.rampart.risk;

import io.rampart.risk.internal.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned risk policy: which rules run with what points and parameters, and the score bands
 * that turn each action type's score into a {@link Decision}. Immutable; built only from a valid
 * whole by {@link #parse}. The format is documented in {@code default-policy.yaml}.
 */
public final class Policy {
  private static final String DEFAULT_RESOURCE = "default-policy.yaml";

  private final String version;
  private final List<ConfiguredRule> rules;
  private final Map<ActionType, ScoreBands> bands;
  private final Map<ActionType, ConfiguredRule[]> rulesByAction = new EnumMap<>(ActionType.class);

  /**
   * @throws IllegalArgumentException if a band is missing for an action type
   */
  public Policy(String version, List<ConfiguredRule> rules, Map<ActionType, ScoreBands> bands) {
    this.version = Objects.requireNonNull(version, "version");
    this.rules = List.copyOf(rules);
    this.bands = new EnumMap<>(bands);
    for (ActionType action : ActionType.values()) {
      if (!this.bands.containsKey(action)) {
        throw new IllegalArgumentException("no score bands for " + action);
      }
      var applicable = new ArrayList<ConfiguredRule>();
      for (ConfiguredRule r : this.rules) {
        if (r.rule().appliesTo().contains(action)) {
          applicable.add(r);
        }
      }
      rulesByAction.put(action, applicable.toArray(ConfiguredRule[]::new));
    }
  }

  /**
   * Parses and validates a YAML policy against the built-in rules. Never partially applied. A
   * policy that enables the model rule is refused: use {@link #parse(String, ModelCatalogue)}.
   */
  public static PolicyLoad parse(String yaml) {
    return PolicyParser.parse(yaml, ModelCatalogue.NONE);
  }

  /**
   * As {@link #parse(String)}, binding the model rule, when enabled, to the model it names among
   * {@code models}; a model missing from the catalogue, or trained on other features than {@link
   * ModelFeatures}, refuses the policy.
   */
  public static PolicyLoad parse(String yaml, ModelCatalogue models) {
    return PolicyParser.parse(yaml, models);
  }

  /** The policy shipped with Rampart. */
  public static Policy defaults() {
    return switch (parse(defaultYaml())) {
      case PolicyLoad.Loaded loaded -> loaded.policy();
      case PolicyLoad.Refused refused ->
          throw new IllegalStateException("shipped policy is invalid: " + refused.problems());
    };
  }

  /** The text of the policy shipped with Rampart. */
  public static String defaultYaml() {
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String version() {
    return version;
  }

  /** The enabled rules, in the order their findings are reported. */
  public List<ConfiguredRule> rules() {
    return rules;
  }

  public ScoreBands bands(ActionType action) {
    return bands.get(action);
  }

  /** The enabled rules applying to the action type; the array MUST NOT be modified. */
  ConfiguredRule[] rulesFor(ActionType action) {
    return rulesByAction.get(action);
  }

  @Override
  public String toString() {
    return "Policy[" + version + ", " + rules.size() + " rules]";
  }
}
