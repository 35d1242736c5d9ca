package io.rampart.server.risk;

import io.rampart.risk.Policy;
import java.util.Objects;

/**
 * The policies in force: the active one, whose decisions are enforced, and optionally a candidate
 * in shadow, whose decisions are recorded beside them. Replaced as a whole, so every event is
 * assessed under one consistent pair. Thread-safe.
 */
public final class RiskPolicies {
  /** A consistent pair; {@code shadow} is {@code null} when no candidate runs. */
  public record InForce(Policy active, Policy shadow) {
    public InForce {
      Objects.requireNonNull(active, "active");
    }
  }

  private volatile InForce inForce;

  public RiskPolicies(Policy active, Policy shadow) {
    this.inForce = new InForce(active, shadow);
  }

  public InForce current() {
    return inForce;
  }

  public void replace(InForce next) {
    this.inForce = Objects.requireNonNull(next, "next");
  }
}
