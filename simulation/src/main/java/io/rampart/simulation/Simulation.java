package io.rampart.simulation;

import io.rampart.risk.IpFacts;
import io.rampart.simulation.internal.Generator;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * A seeded simulation of an exchange's accounts over some weeks, with labelled attacks: the same
 * settings give the same events, labels and IP facts, in the same order, on every run. Not
 * thread-safe; run once.
 */
public final class Simulation {
  private final SimulationSettings settings;
  private final Generator generator;
  private boolean ran;

  public Simulation(SimulationSettings settings) {
    this.settings = settings;
    this.generator = new Generator(settings);
  }

  /** Hands every event, in time order (ties in the order made), to {@code sink}. */
  public void run(Consumer<SimulatedEvent> sink) {
    if (ran) {
      throw new IllegalStateException("a simulation runs once");
    }
    ran = true;
    generator.run(sink);
  }

  /** The facts of every IP address the events use, by address; complete once {@link #run} ends. */
  public SortedMap<String, IpFacts> ipFacts() {
    return generator.world().facts();
  }

  public SimulationSettings settings() {
    return settings;
  }
}
