package io.rampart.risk.internal;

import io.rampart.risk.ActionType;
import io.rampart.risk.ConfiguredRule;
import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.risk.RiskModel;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.ScoreBands;
import io.rampart.risk.internal.rules.BuiltInRules;
import io.rampart.risk.internal.rules.ModelRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML policy and checks all of it, collecting every problem with its path, before building
 * anything: a policy is either valid as a whole or refused.
 */
public final class PolicyParser {
  public static final int MAX_LENGTH = 64 * 1024;
  public static final int MAX_POINTS = 1000;
  private static final Set<String> TOP_KEYS = Set.of("policyVersion", "rules", "decisions");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "points", "parameters");
  private static final Set<String> MODEL_RULE_KEYS =
      Set.of("enabled", "points", "parameters", "model");
  private static final Set<String> BAND_KEYS = Set.of("CHALLENGE", "REVIEW", "DENY");

  private PolicyParser() {}

  public static PolicyLoad parse(String yaml, ModelCatalogue models) {
    var problems = new ArrayList<String>();
    if (yaml.length() > MAX_LENGTH) {
      return new PolicyLoad.Refused(List.of("policy is longer than " + MAX_LENGTH + " characters"));
    }
    Object root;
    try {
      var settings =
          LoadSettings.builder()
              .setAllowDuplicateKeys(false)
              .setMaxAliasesForCollections(0)
              .setCodePointLimit(MAX_LENGTH)
              .build();
      root = new Load(settings).loadFromString(yaml);
    } catch (YamlEngineException e) {
      return new PolicyLoad.Refused(List.of("not valid YAML: " + firstLine(e.getMessage())));
    }
    if (!(root instanceof Map<?, ?> top)) {
      return new PolicyLoad.Refused(List.of("policy must be a mapping"));
    }
    unknownKeys(problems, "", top, TOP_KEYS);
    String version = version(problems, top.get("policyVersion"));
    List<ConfiguredRule> rules = rules(problems, top.get("rules"), models);
    Map<ActionType, ScoreBands> bands = bands(problems, top.get("decisions"));
    if (!problems.isEmpty()) {
      return new PolicyLoad.Refused(problems);
    }
    return new PolicyLoad.Loaded(new Policy(version, rules, bands));
  }

  private static String version(List<String> problems, Object value) {
    if (!(value instanceof String s) || !s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      problems.add("policyVersion: required, 1-64 letters, digits, '.', '_' or '-'");
      return null;
    }
    return s;
  }

  private static List<ConfiguredRule> rules(
      List<String> problems, Object value, ModelCatalogue models) {
    var configured = new ArrayList<ConfiguredRule>();
    if (!(value instanceof Map<?, ?> map)) {
      problems.add("rules: required, a mapping from rule id to its settings");
      return configured;
    }
    var known = new ArrayList<String>();
    for (RiskRule rule : BuiltInRules.all()) {
      known.add(rule.id());
    }
    for (Object id : map.keySet()) {
      if (!known.contains(String.valueOf(id))) {
        problems.add("rules." + id + ": unknown rule (known: " + String.join(", ", known) + ")");
      }
    }
    for (RiskRule rule : BuiltInRules.all()) {
      Object settings = map.get(rule.id());
      if (settings != null) {
        var parsed = rule(problems, "rules." + rule.id(), rule, settings, models);
        if (parsed != null) {
          configured.add(parsed);
        }
      }
    }
    return configured;
  }

  private static ConfiguredRule rule(
      List<String> problems, String path, RiskRule rule, Object v, ModelCatalogue models) {
    if (!(v instanceof Map<?, ?> map)) {
      problems.add(path + ": must be a mapping with points, and optionally enabled and parameters");
      return null;
    }
    boolean modelRule = rule instanceof ModelRule;
    unknownKeys(problems, path + ".", map, modelRule ? MODEL_RULE_KEYS : RULE_KEYS);
    Object enabled = map.containsKey("enabled") ? map.get("enabled") : Boolean.TRUE;
    if (!(enabled instanceof Boolean)) {
      problems.add(path + ".enabled: must be true or false");
    }
    Object points = map.get("points");
    if (!(points instanceof Integer p) || p < 0 || p > MAX_POINTS) {
      problems.add(path + ".points: required, a whole number from 0 to " + MAX_POINTS);
    }
    var specs = rule.parameters();
    double[] values = specs.stream().mapToDouble(ParameterSpec::defaultValue).toArray();
    Object parameters = map.get("parameters");
    if (parameters != null && !(parameters instanceof Map<?, ?>)) {
      problems.add(path + ".parameters: must be a mapping from name to number");
    } else if (parameters instanceof Map<?, ?> given) {
      for (Object name : given.keySet()) {
        if (specs.stream().noneMatch(s -> s.name().equals(name))) {
          problems.add(path + ".parameters." + name + ": unknown parameter");
        }
      }
      for (int i = 0; i < specs.size(); i++) {
        ParameterSpec spec = specs.get(i);
        Object raw = given.get(spec.name());
        if (raw == null) {
          continue;
        }
        if (!(raw instanceof Number n)
            || !(n.doubleValue() >= spec.min() && n.doubleValue() <= spec.max())) {
          problems.add(
              path
                  + ".parameters."
                  + spec.name()
                  + ": must be a number from "
                  + spec.min()
                  + " to "
                  + spec.max());
        } else {
          values[i] = n.doubleValue();
        }
      }
    }
    if (!(points instanceof Integer p) || !(enabled instanceof Boolean on) || !on) {
      if (modelRule && map.containsKey("model") && !(map.get("model") instanceof String)) {
        problems.add(path + ".model: must be the name of a model");
      }
      return null;
    }
    RiskRule bound = modelRule ? boundModel(problems, path, map.get("model"), models) : rule;
    if (bound == null) {
      return null;
    }
    return new ConfiguredRule(
        bound, new RuleParameters(p, specs.stream().map(ParameterSpec::name).toList(), values));
  }

  /** The model rule bound to the model the policy names, or null (with a problem). */
  private static RiskRule boundModel(
      List<String> problems, String path, Object name, ModelCatalogue models) {
    if (!(name instanceof String s) || s.isEmpty()) {
      problems.add(path + ".model: required when enabled, the name of a loaded model");
      return null;
    }
    var model = models.find(s);
    if (model.isEmpty()) {
      problems.add(
          path + ".model: no model named " + s + " is loaded (loaded: " + models.names() + ")");
      return null;
    }
    RiskModel m = model.get();
    if (!m.features().equals(ModelFeatures.NAMES)) {
      problems.add(
          path
              + ".model: "
              + s
              + " was trained on other features than this engine computes; retrain it");
      return null;
    }
    return new ModelRule(m);
  }

  private static Map<ActionType, ScoreBands> bands(List<String> problems, Object value) {
    var bands = new EnumMap<ActionType, ScoreBands>(ActionType.class);
    if (!(value instanceof Map<?, ?> map)) {
      problems.add("decisions: required, a mapping from action type to score bands");
      return bands;
    }
    for (Object key : map.keySet()) {
      if (!isAction(key)) {
        problems.add("decisions." + key + ": unknown action type");
      }
    }
    for (ActionType action : ActionType.values()) {
      String path = "decisions." + action;
      Object v = map.get(action.name());
      if (!(v instanceof Map<?, ?> band)) {
        problems.add(path + ": required, a mapping of CHALLENGE, REVIEW and DENY to a score");
        continue;
      }
      unknownKeys(problems, path + ".", band, BAND_KEYS);
      int[] t = new int[3];
      boolean ok = true;
      int i = 0;
      for (String decision : List.of("CHALLENGE", "REVIEW", "DENY")) {
        Object s = band.get(decision);
        if (s == null) {
          t[i] = ScoreBands.NEVER;
        } else if (s instanceof Integer n && n >= 0) {
          t[i] = n;
        } else {
          problems.add(path + "." + decision + ": must be a whole number of points, at least 0");
          ok = false;
        }
        i++;
      }
      if (!ok) {
        continue;
      }
      // A decision left out is never taken: it starts where the next stricter one starts.
      t[1] = t[1] == ScoreBands.NEVER ? t[2] : t[1];
      t[0] = t[0] == ScoreBands.NEVER ? t[1] : t[0];
      if (t[1] < t[0] || t[2] < t[1]) {
        problems.add(path + ": thresholds must not decrease from CHALLENGE to REVIEW to DENY");
      } else {
        bands.put(action, new ScoreBands(t[0], t[1], t[2]));
      }
    }
    return bands;
  }

  private static boolean isAction(Object key) {
    for (ActionType a : ActionType.values()) {
      if (a.name().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static void unknownKeys(
      List<String> problems, String path, Map<?, ?> map, Set<String> ok) {
    for (Object key : map.keySet()) {
      if (!ok.contains(String.valueOf(key))) {
        problems.add(path + key + ": unknown key (expected one of " + ok + ")");
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
