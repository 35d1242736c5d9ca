package io.rampart.risk;

/**
 * An event assessed under the active policy ({@code enforced}, the one to act on) and a candidate
 * policy ({@code shadow}, recorded only, to compare before promoting it).
 */
public record ShadowAssessment(Assessment enforced, Assessment shadow) {
  public boolean decisionsDiffer() {
    return enforced.decision() != shadow.decision();
  }
}
