package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Replaying the same events gives the same assessments and the same profile bytes. */
public class DeterminismTest {
  private static final SecuritySetting[] SETTINGS = SecuritySetting.values();

  /** A seeded mix of every event type over 50 accounts and a month. */
  public static List<RiskEvent> events(long seed) {
    var random = new SplittableRandom(seed);
    var events = new ArrayList<RiskEvent>();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 5000; i++) {
      t = t.plusSeconds(random.nextInt(1, 600));
      var who = new SubjectId("acct-" + random.nextInt(50));
      String ip = "10." + random.nextInt(4) + ".0." + random.nextInt(8);
      String device = "dev-" + random.nextInt(6);
      String id = "e" + i;
      events.add(
          switch (random.nextInt(7)) {
            case 0, 1 ->
                new RiskEvent.SignInAttempt(
                    id,
                    who,
                    t,
                    random.nextInt(5) > 0,
                    ip,
                    random.nextBoolean() ? RiskFixture.CHROME_WINDOWS : RiskFixture.FIREFOX_LINUX,
                    device,
                    random.nextBoolean());
            case 2 ->
                new RiskEvent.WithdrawalRequest(
                    id,
                    who,
                    t,
                    random.nextBoolean() ? "BTC" : "ETH",
                    "main",
                    random.nextLong(1, 1_000_000),
                    8,
                    random.nextLong(100, 5_000_000),
                    "addr-" + random.nextInt(10),
                    random.nextBoolean(),
                    null,
                    random.nextBoolean() ? null : random.nextLong(100, 10_000_000L),
                    ip,
                    device);
            case 3 -> new RiskEvent.Deposit(id, who, t, "BTC", "main", 5, 8, 500, null);
            case 4 ->
                new RiskEvent.AddressBookChange(
                    id,
                    who,
                    t,
                    AddressChangeKind.ADDED,
                    "BTC",
                    "main",
                    "addr-" + random.nextInt(10),
                    ip,
                    device);
            case 5 ->
                new RiskEvent.SecuritySettingChange(
                    id, who, t, SETTINGS[random.nextInt(SETTINGS.length)], ip, device);
            default -> new RiskEvent.SessionActivity(id, who, t, "s", ip, null, device);
          });
    }
    return events;
  }

  static IpFacts facts(String ip) {
    int net = ip.charAt(3) - '0';
    return new IpFacts(
        Optional.of(net < 2 ? "DE" : "BR"),
        OptionalInt.of(64500 + net),
        Optional.of(new Coordinates(net * 10.0, net * 20.0)),
        net == 3,
        net == 2,
        false);
  }

  /** Runs the engine over the events and records every assessment and the final profiles. */
  static List<Object> replay(List<RiskEvent> events) {
    var engine = new RiskEngine();
    var policy = Policy.defaults();
    var global = new GlobalFeatureCounts();
    var sources = new SourceCounts();
    Map<SubjectId, Profile> profiles = new HashMap<>();
    var out = new ArrayList<Object>();
    for (RiskEvent e : events) {
      IpFacts f = e instanceof RiskEvent.Deposit ? IpFacts.UNKNOWN : facts(ipOf(e));
      var context = EventContext.of(e, f, global, sources);
      Profile p = profiles.getOrDefault(e.accountId(), Profile.EMPTY);
      out.add(engine.assess(p, e, context, policy));
      profiles.put(e.accountId(), engine.observe(p, e, context));
      global.observe(e, f);
      sources.observe(e, context);
    }
    profiles.keySet().stream()
        .map(SubjectId::value)
        .sorted()
        .forEach(k -> out.add(ProfileCodec.encode(profiles.get(new SubjectId(k)))));
    return out;
  }

  private static String ipOf(RiskEvent e) {
    return io.rampart.risk.internal.EventFields.ip(e);
  }

  @Test
  void replayingTheSameEventsGivesIdenticalAssessmentsAndProfileBytes() {
    List<Object> first = replay(events(42));
    List<Object> second = replay(events(42));
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i) instanceof byte[] bytes) {
        assertThat((byte[]) second.get(i)).isEqualTo(bytes);
      } else {
        assertThat(second.get(i)).isEqualTo(first.get(i));
      }
    }
  }

  @Test
  void theReplayExercisesEveryDecisionAndManyReasons() {
    var reasons = new java.util.HashSet<RiskReason>();
    var decisions = new java.util.HashSet<Decision>();
    for (Object o : replay(events(42))) {
      if (o instanceof Assessment a) {
        decisions.add(a.decision());
        a.findings().forEach(f -> reasons.add(f.reason()));
      }
    }
    assertThat(decisions).contains(Decision.ALLOW, Decision.CHALLENGE, Decision.REVIEW);
    assertThat(reasons).hasSizeGreaterThanOrEqualTo(8);
  }
}
