package io.rampart.risk;

/** One numeric parameter a rule accepts, with its default and accepted range (inclusive). */
public record ParameterSpec(String name, double defaultValue, double min, double max) {
  public ParameterSpec {
    if (!(min <= defaultValue && defaultValue <= max)) {
      throw new IllegalArgumentException("default outside range for " + name);
    }
  }
}
