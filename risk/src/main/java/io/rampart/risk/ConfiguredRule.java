package io.rampart.risk;

import java.util.Objects;

/** A rule enabled by a policy, with the points and parameters the policy gives it. */
public record ConfiguredRule(RiskRule rule, RuleParameters parameters) {
  public ConfiguredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(parameters, "parameters");
  }
}
