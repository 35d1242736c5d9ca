package io.rampart.risk;

import java.util.List;
import java.util.Objects;

/**
 * The engine's answer for one event: the decision, the score it came from, the findings that made
 * up the score (in policy order) and the policy version that decided.
 */
public record Assessment(
    String eventId,
    ActionType action,
    Decision decision,
    int score,
    List<Finding.Signal> findings,
    String policyVersion) {
  public Assessment {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(policyVersion, "policyVersion");
    findings = List.copyOf(findings);
  }
}
