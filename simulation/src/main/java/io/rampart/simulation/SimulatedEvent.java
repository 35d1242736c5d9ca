package io.rampart.simulation;

import io.rampart.risk.RiskEvent;
import java.util.Objects;

/** One event of a simulation with its ground truth. */
public record SimulatedEvent(RiskEvent event, Label label) {
  public SimulatedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(label, "label");
  }
}
