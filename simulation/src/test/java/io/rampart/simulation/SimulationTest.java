package io.rampart.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.EventCheck;
import io.rampart.risk.EventValidation;
import io.rampart.risk.RiskEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static final SimulationSettings SMALL =
      new SimulationSettings(7, 600, 60, 30, 8, SimulationSettings.DEFAULT_START);

  @Test
  void theSameSettingsGiveTheSameEventsLabelsAndFacts() {
    var first = new Simulation(SMALL);
    var second = new Simulation(SMALL);
    List<SimulatedEvent> a = run(first);
    List<SimulatedEvent> b = run(second);
    assertThat(b).isEqualTo(a);
    assertThat(second.ipFacts()).isEqualTo(first.ipFacts());
    var other =
        run(
            new Simulation(
                new SimulationSettings(8, 600, 60, 30, 8, SimulationSettings.DEFAULT_START)));
    assertThat(other).isNotEqualTo(a);
  }

  @Test
  void emitsValidEventsInTimeOrderWithUniqueIdsAndFactsForEveryAddress() {
    var simulation = new Simulation(SMALL);
    var events = run(simulation);
    assertThat(events).hasSizeGreaterThan(10_000);
    assertThat(events)
        .extracting(e -> e.event().occurredAt())
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(events.stream().map(e -> e.event().eventId()).distinct().count())
        .isEqualTo(events.size());
    for (SimulatedEvent e : events) {
      assertThat(EventValidation.check(e.event())).isInstanceOf(EventCheck.Valid.class);
      String ip = ip(e.event());
      if (ip != null) {
        assertThat(simulation.ipFacts()).containsKey(ip);
      }
    }
  }

  @Test
  void plansEveryAttackKindOnDistinctVictimsAfterTheWarmUp() {
    var events = run(new Simulation(SMALL));
    Map<Actor, Set<String>> incidents = new TreeMap<>();
    Map<String, Set<String>> victims = new TreeMap<>();
    for (SimulatedEvent e : events) {
      Label l = e.label();
      if (l.actor().attack()) {
        assertThat(e.event().occurredAt()).isAfterOrEqualTo(SMALL.scoredFrom());
        incidents.computeIfAbsent(l.actor(), k -> new HashSet<>()).add(l.incident());
        if (!l.incident().startsWith("stuffing-campaign")) {
          victims
              .computeIfAbsent(l.incident(), k -> new HashSet<>())
              .add(e.event().accountId().value());
        }
      }
    }
    for (Actor actor : Actor.values()) {
      if (actor.attack()) {
        long planned =
            incidents.getOrDefault(actor, Set.of()).stream()
                .filter(i -> !i.startsWith("stuffing-campaign"))
                .count();
        assertThat(planned).as(actor.name()).isEqualTo(SMALL.incidentsPerKind());
      }
    }
    assertThat(victims.values()).allSatisfy(v -> assertThat(v).hasSize(1));
    assertThat(victims.values().stream().map(v -> v.iterator().next()).distinct().count())
        .isEqualTo(victims.size());
  }

  @Test
  void ownersKeepTheirHabitsAcrossTheWeeks() {
    var events = run(new Simulation(SMALL));
    Map<String, Set<String>> devices = new TreeMap<>();
    long withdrawals = 0;
    long newDeviceSignIns = 0;
    for (SimulatedEvent e : events) {
      if (e.label().actor().attack()) {
        continue;
      }
      if (e.event() instanceof RiskEvent.SignInAttempt s && s.success() && s.deviceId() != null) {
        if (devices
            .computeIfAbsent(s.accountId().value(), k -> new HashSet<>())
            .add(s.deviceId())) {
          newDeviceSignIns++;
        }
      }
      if (e.event() instanceof RiskEvent.WithdrawalRequest) {
        withdrawals++;
      }
    }
    var perAccount = devices.values().stream().collect(Collectors.summarizingInt(Set::size));
    assertThat(perAccount.getAverage()).isBetween(1.2, 2.5);
    assertThat(perAccount.getMax()).isLessThanOrEqualTo(5);
    assertThat(newDeviceSignIns).isEqualTo(perAccount.getSum());
    assertThat(withdrawals).isGreaterThan(200);
  }

  @Test
  void runsOnce() {
    var simulation = new Simulation(SMALL);
    run(simulation);
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> simulation.run(e -> {}));
  }

  static List<SimulatedEvent> run(Simulation simulation) {
    var events = new ArrayList<SimulatedEvent>();
    simulation.run(events::add);
    return events;
  }

  static String ip(RiskEvent event) {
    return switch (event) {
      case RiskEvent.SignInAttempt e -> e.ip();
      case RiskEvent.SessionActivity e -> e.ip();
      case RiskEvent.WithdrawalRequest e -> e.ip();
      case RiskEvent.AddressBookChange e -> e.ip();
      case RiskEvent.SecuritySettingChange e -> e.ip();
      case RiskEvent.ApiKeyUse e -> e.ip();
      case RiskEvent.Deposit e -> null;
    };
  }
}
