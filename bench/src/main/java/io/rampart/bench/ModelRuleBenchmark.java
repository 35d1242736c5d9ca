package io.rampart.bench;

import io.rampart.models.BundledModels;
import io.rampart.risk.Coordinates;
import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskFixture;
import io.rampart.risk.RiskModel;
import io.rampart.risk.SubjectId;
import java.time.Instant;
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

/**
 * What the model rule adds to an assessment: {@link #assess} under the default policy, and under
 * the same policy with {@code model-score} enabled on the shipped ONNX model ({@code
 * policy=model}), in the same run; {@link #features} and {@link #score} split the rule's cost into
 * computing the feature vector and one ONNX Runtime call. One typical profile, a fixed mix of
 * sign-ins and withdrawals; assessing only (profiles are not updated), so the difference is the
 * rule's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelRuleBenchmark {
  private static final int EVENTS = 1 << 10;
  private static final IpFacts HOME =
      new IpFacts(
          Optional.of("DE"),
          OptionalInt.of(3320),
          Optional.of(new Coordinates(52.52, 13.405)),
          false,
          false,
          false);

  @Param({"default", "model"})
  public String policy;

  private final RiskEngine engine = new RiskEngine();
  private final GlobalFeatureCounts global = RiskFixture.population();
  private Policy active;
  private RiskModel model;
  private Profile profile;
  private RiskEvent[] events;
  private EventContext[] contexts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var models = new BundledModels();
    model = models.find(BundledModels.RAMPART_RISK_V1).orElseThrow();
    String yaml = Policy.defaultYaml();
    if (policy.equals("model")) {
      yaml =
          yaml.replace(
              "  model-score:\n    enabled: false\n", "  model-score:\n    enabled: true\n");
    }
    active = ((PolicyLoad.Loaded) Policy.parse(yaml, models)).policy();
    profile = RiskFixture.typicalProfile();
    var random = new SplittableRandom(7);
    events = new RiskEvent[EVENTS];
    contexts = new EventContext[EVENTS];
    var who = new SubjectId("alice-42");
    Instant t = Instant.parse("2026-05-02T08:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      t = t.plusSeconds(60);
      events[i] =
          random.nextInt(4) == 0
              ? new RiskEvent.WithdrawalRequest(
                  "w" + i,
                  who,
                  t,
                  "BTC",
                  "bitcoin",
                  1_000_000,
                  8,
                  random.nextLong(10_000, 2_000_000),
                  random.nextBoolean() ? "a" : "fresh-" + i,
                  false,
                  null,
                  5_000_000L,
                  "198.51.100.10",
                  "laptop")
              : new RiskEvent.SignInAttempt(
                  "s" + i,
                  who,
                  t,
                  true,
                  "198.51.100.10",
                  RiskFixture.CHROME_WINDOWS,
                  random.nextInt(10) == 0 ? "new-" + i : "laptop",
                  false);
      contexts[i] = EventContext.of(events[i], HOME, global);
    }
  }

  @Benchmark
  public Object assess() {
    int i = next++ & (EVENTS - 1);
    return engine.assess(profile, events[i], contexts[i], active);
  }

  @Benchmark
  public float[] features() {
    int i = next++ & (EVENTS - 1);
    return ModelFeatures.of(profile, events[i], contexts[i]);
  }

  @Benchmark
  public double score() {
    int i = next++ & (EVENTS - 1);
    return model.score(ModelFeatures.of(profile, events[i], contexts[i]));
  }
}
