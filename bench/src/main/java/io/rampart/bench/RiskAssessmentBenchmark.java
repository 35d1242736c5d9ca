package io.rampart.bench;

import io.rampart.risk.Coordinates;
import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.Policy;
import io.rampart.risk.Profile;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskFixture;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SourceCounts;
import io.rampart.risk.SubjectId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The risk engine in-process, as a Kafka Streams task would run it: each thread owns a partition of
 * the accounts, their profiles resident in a {@link HashMap}; per event it looks the profile up,
 * hashes the event's features once into its context (IP facts are looked up beforehand, as a host
 * would through its IP-intelligence port), assesses the event under the default policy, learns from
 * it, and feeds the global and per-source counts. {@link #floor} does the same lookups and stores
 * plus a counter update, without rules or learning: the ratio of the two is the engine's own cost.
 *
 * <p>Every account starts from a decoded copy of a typical two-month profile. Events cycle through
 * a pre-built mix: 65% habitual sign-ins, 10% sign-ins from a new device in another country, 5%
 * failed sign-ins, 15% withdrawals (a third to new addresses), 5% security changes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class RiskAssessmentBenchmark {
  private static final int EVENTS = 1 << 16;
  private static final IpFacts HOME =
      new IpFacts(
          Optional.of("DE"),
          OptionalInt.of(3320),
          Optional.of(new Coordinates(52.52, 13.405)),
          false,
          false,
          false);
  private static final IpFacts AWAY =
      new IpFacts(
          Optional.of("SG"),
          OptionalInt.of(9506),
          Optional.of(new Coordinates(1.352, 103.82)),
          false,
          true,
          false);
  private static final GlobalFeatureCounts SHARED_GLOBAL = RiskFixture.population();
  private static final SourceCounts SHARED_SOURCES = new SourceCounts();
  private static final Policy POLICY = Policy.defaults();

  /** Resident profiles across all threads. */
  @Param("1000000")
  public int accounts;

  /**
   * How profiles stay resident: {@code bytes} as their stored bytes (a fixed-size {@link
   * Profile#BYTES} array per account), changed in place per event ({@link
   * RiskEngine#observeInPlace}); {@code objects} as {@link Profile}s, each event deriving a new one
   * ({@link RiskEngine#observe}) and storing it.
   */
  @Param({"bytes", "objects"})
  public String resident;

  /**
   * Whose global and per-source counts the events feed: {@code shared} by every thread, as a host
   * shares them between its shards (threads on the same hot counters contend for them), or each
   * thread's {@code own}, to measure that cost.
   */
  @Param("shared")
  public String counts;

  private final RiskEngine engine = new RiskEngine();
  private GlobalFeatureCounts global;
  private SourceCounts sources;
  private final Map<SubjectId, Profile> profiles = new HashMap<>();
  private final Map<SubjectId, byte[]> encoded = new HashMap<>();
  private boolean asBytes;
  private final long[] counters = new long[8];
  private RiskEvent[] events;
  private IpFacts[] facts;
  private int next;

  @Setup(Level.Trial)
  public void setUp(ThreadParams thread) {
    int mine = accounts / thread.getThreadCount();
    byte[] typical = ProfileCodec.encode(RiskFixture.typicalProfile());
    SubjectId[] ids = new SubjectId[mine];
    asBytes = resident.equals("bytes");
    boolean shared = counts.equals("shared");
    global = shared ? SHARED_GLOBAL : RiskFixture.population();
    sources = shared ? SHARED_SOURCES : new SourceCounts();
    for (int i = 0; i < mine; i++) {
      ids[i] = new SubjectId("acct-" + thread.getThreadIndex() + "-" + i);
      if (asBytes) {
        encoded.put(ids[i], typical.clone());
      } else {
        profiles.put(ids[i], ProfileCodec.decode(typical));
      }
    }
    var random = new SplittableRandom(thread.getThreadIndex());
    events = new RiskEvent[EVENTS];
    facts = new IpFacts[EVENTS];
    Instant t = Instant.parse("2026-05-01T08:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      t = t.plusSeconds(1);
      SubjectId who = ids[random.nextInt(mine)];
      int kind = random.nextInt(100);
      facts[i] = kind >= 65 && kind < 75 ? AWAY : HOME;
      events[i] = event(kind, "e" + i, who, t, random);
    }
    // The resident profiles move to the old generation now, as in a host that has run for a
    // while, not in a first young collection copying all of them during the measurement.
    System.gc();
  }

  private static RiskEvent event(
      int kind, String id, SubjectId who, Instant t, SplittableRandom random) {
    if (kind < 65) {
      return new RiskEvent.SignInAttempt(
          id, who, t, true, "198.51.100.10", RiskFixture.CHROME_WINDOWS, "laptop", false);
    }
    if (kind < 75) {
      return new RiskEvent.SignInAttempt(
          id, who, t, true, "192.0.2.77", RiskFixture.FIREFOX_LINUX, "new-" + id, false);
    }
    if (kind < 80) {
      return new RiskEvent.SignInAttempt(
          id, who, t, false, "203.0.113.5", RiskFixture.FIREFOX_LINUX, null, false);
    }
    if (kind < 95) {
      String address = random.nextInt(3) == 0 ? "fresh-" + id : "a";
      return new RiskEvent.WithdrawalRequest(
          id,
          who,
          t,
          "BTC",
          "bitcoin",
          1_000_000,
          8,
          random.nextLong(10_000, 2_000_000),
          address,
          false,
          null,
          5_000_000L,
          "198.51.100.10",
          "laptop");
    }
    return new RiskEvent.SecuritySettingChange(
        id, who, t, SecuritySetting.MFA, "198.51.100.10", "laptop");
  }

  /** Assess, learn, (for objects) store: the full per-event work of the engine. */
  @Benchmark
  public Object assess() {
    int i = next++ & (EVENTS - 1);
    RiskEvent e = events[i];
    EventContext context = EventContext.of(e, facts[i], global, sources);
    SubjectId id = e.accountId();
    Object assessment;
    if (asBytes) {
      byte[] slot = encoded.get(id);
      assessment = engine.assess(Profile.view(slot), e, context, POLICY);
      engine.observeInPlace(slot, e, context);
    } else {
      Profile p = profiles.get(id);
      assessment = engine.assess(p, e, context, POLICY);
      profiles.put(id, engine.observe(p, e, context));
    }
    global.observe(e, context);
    sources.observe(e, context);
    return assessment;
  }

  /**
   * The same lookups (and, for objects, the store), and one counter update, with no rules and no
   * learning.
   */
  @Benchmark
  public Object floor() {
    int i = next++ & (EVENTS - 1);
    RiskEvent e = events[i];
    SubjectId id = e.accountId();
    counters[e.actionType().ordinal()]++;
    if (asBytes) {
      return encoded.get(id);
    }
    Profile p = profiles.get(id);
    profiles.put(id, p);
    return p;
  }
}
