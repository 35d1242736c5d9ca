package io.rampart.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * The size and seed of a simulation. Accounts live for {@code days} from {@code start}; attacks
 * happen only after {@code warmUpDays}, when profiles hold some history, and only events from then
 * on are scored. {@code incidentsPerKind} attacks of each kind are spread over distinct victims.
 */
public record SimulationSettings(
    long seed, int accounts, int days, int warmUpDays, int incidentsPerKind, Instant start) {
  public static final Instant DEFAULT_START = Instant.parse("2026-06-01T00:00:00Z");

  public SimulationSettings {
    Objects.requireNonNull(start, "start");
    if (accounts < 10 || accounts > 1_000_000) {
      throw new IllegalArgumentException("accounts must be between 10 and 1000000");
    }
    if (days < 2 || days > 3650 || warmUpDays < 1 || warmUpDays >= days) {
      throw new IllegalArgumentException("need 1 <= warmUpDays < days <= 3650");
    }
    int kinds = Actor.values().length - 1;
    if (incidentsPerKind < 0 || (long) incidentsPerKind * kinds > accounts / 2) {
      throw new IllegalArgumentException(
          "incidentsPerKind must leave at least half the accounts unattacked");
    }
  }

  /** The settings docs/detection.md reports. */
  public static SimulationSettings defaults() {
    return new SimulationSettings(20261125L, 6_000, 90, 40, 250, DEFAULT_START);
  }

  /** The first instant whose events are scored. */
  public Instant scoredFrom() {
    return start.plusSeconds(warmUpDays * 86_400L);
  }
}
