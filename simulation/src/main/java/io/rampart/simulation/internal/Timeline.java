package io.rampart.simulation.internal;

import io.rampart.risk.RiskEvent;
import io.rampart.simulation.Label;
import io.rampart.simulation.SimulatedEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Puts events made account by account into one time order: events wait here until no event made
 * later can be earlier, then go to the sink. Ties keep the order they were made in.
 */
public final class Timeline {
  private record Pending(long seq, SimulatedEvent event) {}

  private final PriorityQueue<Pending> queue =
      new PriorityQueue<>(
          Comparator.comparing((Pending p) -> p.event().event().occurredAt())
              .thenComparingLong(Pending::seq));
  private final Consumer<SimulatedEvent> sink;
  private long seq;

  public Timeline(Consumer<SimulatedEvent> sink) {
    this.sink = sink;
  }

  public void add(RiskEvent event, Label label) {
    queue.add(new Pending(seq++, new SimulatedEvent(event, label)));
  }

  /** Sends every event that happened before {@code horizon}. */
  public void flushBefore(Instant horizon) {
    while (!queue.isEmpty() && queue.peek().event().event().occurredAt().isBefore(horizon)) {
      sink.accept(queue.poll().event());
    }
  }

  public void flushAll() {
    while (!queue.isEmpty()) {
      sink.accept(queue.poll().event());
    }
  }
}
