package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Finding;
import io.rampart.risk.LinearRiskModel;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskReason;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelRuleTest {
  private static final ModelRule RULE = new ModelRule(LinearRiskModel.example("m-1"));

  static Stream<Arguments> cases() {
    Profile known =
        profileAfter(
            signIn("2026-01-01T10:00:00Z"), withdrawal("2026-01-01T10:05:00Z", 10_000, "bc1qa"));
    var p = params(RULE);
    return Stream.of(
            new RuleCase(
                "habitual sign-in",
                known,
                signIn("2026-01-02T10:00:00Z"),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "new device draining the balance to a new address",
                known,
                withBalance(
                    withDevice(withdrawal("2026-01-02T10:00:00Z", 90_000, "bc1qz"), "dev-9"),
                    90_000L),
                context(BERLIN),
                p,
                RiskReason.RISK_MODEL_SCORE),
            new RuleCase(
                "deposits are not scored",
                known,
                deposit("2026-01-02T10:00:00Z", 100),
                context(BERLIN),
                p,
                null),
            new RuleCase(
                "an unbound rule abstains",
                known,
                withBalance(
                    withDevice(withdrawal("2026-01-02T10:00:00Z", 90_000, "bc1qz"), "dev-9"),
                    90_000L),
                context(BERLIN),
                p,
                null))
        .map(RuleCase::row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void signalsWhenTheModelsAttackProbabilityReachesTheThreshold(String name, RuleCase c) {
    c.check(name.startsWith("an unbound") ? ModelRule.unbound() : RULE);
  }

  @Test
  void scalesPointsFromOneAtTheThresholdToFullAtFullAt() {
    var p = params(RULE).with("threshold", 0.0).with("fullAt", 1.0);
    var signal =
        (Finding.Signal)
            RULE.evaluate(Profile.EMPTY, signIn("2026-01-02T10:00:00Z"), context(BERLIN), p);
    double score =
        LinearRiskModel.example("m-1")
            .score(
                ModelFeatures.of(Profile.EMPTY, signIn("2026-01-02T10:00:00Z"), context(BERLIN)));
    assertThat(signal.points()).isEqualTo((int) Math.max(1, Math.round(p.points() * score)));
    assertThat(signal.detail()).contains("model m-1 scores");
  }

  @Test
  void computesOneFiniteValuePerNamedFeature() {
    float[] f =
        ModelFeatures.of(
            typicalProfile(),
            withdrawal("2026-05-02T10:00:00Z", 90_000, "bc1qz"),
            context(SINGAPORE));
    assertThat(f).hasSize(ModelFeatures.COUNT);
    for (float v : f) {
      assertThat(Float.isFinite(v)).isTrue();
    }
    assertThat(f[ModelFeatures.NAMES.indexOf("action.withdrawal")]).isEqualTo(1f);
    assertThat(f[ModelFeatures.NAMES.indexOf("withdrawal.newDestination")]).isEqualTo(1f);
    assertThat(f[ModelFeatures.NAMES.indexOf("network.novelty")]).isPositive();
  }
}
