package io.rampart.risk;

import java.util.Arrays;
import java.util.List;

/**
 * A rule's configuration from the policy: its full points and a value for each of its {@link
 * ParameterSpec}s (the default when the policy names none). Immutable; validated by the policy
 * parser against the rule's specs.
 */
public final class RuleParameters {
  private final int points;
  private final String[] names;
  private final double[] values;

  public RuleParameters(int points, List<String> names, double[] values) {
    if (names.size() != values.length) {
      throw new IllegalArgumentException("one value per name");
    }
    this.points = points;
    this.names = names.toArray(String[]::new);
    this.values = values.clone();
  }

  /** The rule's defaults with the given points. */
  public static RuleParameters defaults(RiskRule rule, int points) {
    var specs = rule.parameters();
    return new RuleParameters(
        points,
        specs.stream().map(ParameterSpec::name).toList(),
        specs.stream().mapToDouble(ParameterSpec::defaultValue).toArray());
  }

  /** A copy with one value replaced (for tests and tuning). */
  public RuleParameters with(String name, double value) {
    double[] next = values.clone();
    next[index(name)] = value;
    return new RuleParameters(points, List.of(names), next);
  }

  public int points() {
    return points;
  }

  /**
   * @throws IllegalArgumentException if the rule declared no such parameter
   */
  public double get(String name) {
    return values[index(name)];
  }

  private int index(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name || names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no parameter " + name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleParameters r
        && points == r.points
        && Arrays.equals(names, r.names)
        && Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return points * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    var b = new StringBuilder("RuleParameters[points=").append(points);
    for (int i = 0; i < names.length; i++) {
      b.append(", ").append(names[i]).append('=').append(values[i]);
    }
    return b.append(']').toString();
  }
}
