package io.rampart.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Assessment;
import io.rampart.risk.Coordinates;
import io.rampart.risk.Decision;
import io.rampart.risk.Finding;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.Policy;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReplayTest {
  static final SubjectId ALICE = new SubjectId("alice");
  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  static final IpIntelligence PLACES =
      ip ->
          switch (ip == null ? "" : ip) {
            case "198.51.100.10" -> place("DE", 3320, 52.52, 13.405);
            case "203.0.113.9" -> place("SG", 9506, 1.352, 103.82);
            default -> IpFacts.UNKNOWN;
          };

  @Test
  void learnsAnAccountsHabitsAndFlagsWhatBreaksThem() {
    var events = habitualWeeks(ALICE);
    events.add(
        signIn(
            "late", ALICE, START.plus(Duration.ofDays(27).plusHours(2)), "203.0.113.9", "d-new"));
    List<Assessment> assessed = replay(events);

    assertThat(assessed.subList(0, assessed.size() - 1))
        .extracting(Assessment::decision)
        .containsOnly(Decision.ALLOW);
    assertThat(assessed.getLast().findings())
        .extracting(Finding.Signal::reason)
        .contains(RiskReason.RISK_NEW_DEVICE, RiskReason.RISK_IMPOSSIBLE_TRAVEL);
    assertThat(assessed.getLast().decision()).isNotEqualTo(Decision.ALLOW);
  }

  @Test
  void keepsEachAccountsProfileApart() {
    var bob = new SubjectId("bob");
    var events = habitualWeeks(ALICE);
    events.add(
        signIn("bob-1", bob, START.plus(Duration.ofDays(27).plusHours(2)), "203.0.113.9", "d-bob"));
    assertThat(replay(events).getLast().findings())
        .extracting(Finding.Signal::reason)
        .doesNotContain(RiskReason.RISK_NEW_DEVICE, RiskReason.RISK_IMPOSSIBLE_TRAVEL);
  }

  @Test
  void skipsAnEventIdAlreadyReplayedAsTheServerIgnoresAResentEvent() {
    var replay = new Replay(Policy.defaults(), PLACES);
    var first = signIn("same", ALICE, START, "198.51.100.10", "d-1");
    assertThat(replay.next(first)).isPresent();
    assertThat(replay.next(signIn("same", ALICE, START.plusSeconds(60), "203.0.113.9", "d-2")))
        .isEmpty();
    assertThat(replay.accounts()).isEqualTo(1);
  }

  @Test
  void decidesTheSameWayEveryTime() {
    var events = habitualWeeks(ALICE);
    events.add(
        signIn(
            "late", ALICE, START.plus(Duration.ofDays(27).plusHours(2)), "203.0.113.9", "d-new"));
    assertThat(replay(events)).isEqualTo(replay(events));
  }

  static List<Assessment> replay(List<RiskEvent> events) {
    var replay = new Replay(Policy.defaults(), PLACES);
    var out = new ArrayList<Assessment>();
    for (RiskEvent e : events) {
      replay.next(e).ifPresent(out::add);
    }
    return out;
  }

  /** Four weeks of daily sign-ins from home on one device. */
  static List<RiskEvent> habitualWeeks(SubjectId account) {
    var events = new ArrayList<RiskEvent>();
    for (int day = 0; day < 28; day++) {
      events.add(
          signIn(
              account + "-" + day,
              account,
              START.plus(Duration.ofDays(day)),
              "198.51.100.10",
              "d-1"));
    }
    return events;
  }

  static RiskEvent.SignInAttempt signIn(
      String id, SubjectId account, Instant at, String ip, String device) {
    return new RiskEvent.SignInAttempt(
        id,
        account,
        at,
        true,
        ip,
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        device,
        false);
  }

  static IpFacts place(String country, int asn, double lat, double lon) {
    return new IpFacts(
        Optional.of(country),
        OptionalInt.of(asn),
        Optional.of(new Coordinates(lat, lon)),
        false,
        false,
        false);
  }
}
