package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final String BANDS =
      """
      decisions:
        SIGN_IN: {CHALLENGE: 40, REVIEW: 90, DENY: 120}
        SESSION: {}
        WITHDRAWAL: {CHALLENGE: 30, REVIEW: 60, DENY: 120}
        DEPOSIT: {}
        ADDRESS_CHANGE: {CHALLENGE: 30}
        SECURITY_CHANGE: {CHALLENGE: 30}
        API_KEY_USE: {DENY: 100}
      """;

  static PolicyLoad parse(String rules) {
    return Policy.parse("policyVersion: test-1\nrules:\n" + rules + BANDS);
  }

  static List<String> problems(PolicyLoad load) {
    assertThat(load).isInstanceOf(PolicyLoad.Refused.class);
    return ((PolicyLoad.Refused) load).problems();
  }

  @Nested
  class BindingAModel {
    private final ModelCatalogue models =
        new ModelCatalogue() {
          @Override
          public java.util.Optional<RiskModel> find(String name) {
            return name.equals("m-1")
                ? java.util.Optional.of(LinearRiskModel.example("m-1"))
                : java.util.Optional.empty();
          }

          @Override
          public java.util.Set<String> names() {
            return java.util.Set.of("m-1");
          }
        };

    private PolicyLoad parseWith(String rules, ModelCatalogue catalogue) {
      return Policy.parse("policyVersion: test-1\nrules:\n" + rules + BANDS, catalogue);
    }

    @Test
    void bindsTheModelRuleToTheModelItNames() {
      var load = parseWith("  model-score: {points: 30, model: m-1}\n", models);
      Policy p = ((PolicyLoad.Loaded) load).policy();
      var rule = (io.rampart.risk.internal.rules.ModelRule) p.rules().getFirst().rule();
      assertThat(rule.model().name()).isEqualTo("m-1");
    }

    @Test
    void refusesAModelThatIsNotLoadedOrNotNamed() {
      assertThat(problems(parseWith("  model-score: {points: 30, model: m-2}\n", models)))
          .containsExactly("rules.model-score.model: no model named m-2 is loaded (loaded: [m-1])");
      assertThat(problems(parse("  model-score: {points: 30, model: m-1}\n")))
          .singleElement()
          .asString()
          .contains("no model named m-1 is loaded");
      assertThat(problems(parseWith("  model-score: {points: 30}\n", models)))
          .singleElement()
          .asString()
          .contains("model: required when enabled");
    }

    @Test
    void refusesAModelTrainedOnOtherFeatures() {
      ModelCatalogue stale =
          new ModelCatalogue() {
            @Override
            public java.util.Optional<RiskModel> find(String name) {
              return java.util.Optional.of(
                  new LinearRiskModel(name, java.util.List.of("a", "b"), new float[2], 0));
            }

            @Override
            public java.util.Set<String> names() {
              return java.util.Set.of("old");
            }
          };
      assertThat(problems(parseWith("  model-score: {points: 30, model: old}\n", stale)))
          .singleElement()
          .asString()
          .contains("trained on other features");
    }

    @Test
    void needsNoModelForADisabledModelRuleAndNoModelKeyElsewhere() {
      assertThat(parse("  model-score: {enabled: false, points: 30, model: m-9}\n"))
          .isInstanceOf(PolicyLoad.Loaded.class);
      assertThat(problems(parse("  new-device: {points: 20, model: m-1}\n")))
          .singleElement()
          .asString()
          .contains("rules.new-device.model: unknown key");
    }
  }

  @Nested
  class Loading {
    @Test
    void loadsTheShippedPolicyWithEveryBuiltInRuleButTheModelEnabled() {
      Policy p = Policy.defaults();
      assertThat(p.version()).isEqualTo("default-2026-12-03.2");
      assertThat(p.rules()).hasSize(17);
      assertThat(p.rules()).extracting(r -> r.rule().id()).doesNotContain("model-score");
      assertThat(p.bands(ActionType.SIGN_IN)).isEqualTo(new ScoreBands(40, 90, 120));
      assertThat(p.bands(ActionType.DEPOSIT).decide(10_000)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void keepsDefaultsForParametersItDoesNotName() {
      var load = parse("  impossible-travel: {points: 40, parameters: {maxSpeedKmh: 800}}\n");
      Policy p = ((PolicyLoad.Loaded) load).policy();
      var params = p.rules().getFirst().parameters();
      assertThat(params.points()).isEqualTo(40);
      assertThat(params.get("maxSpeedKmh")).isEqualTo(800);
      assertThat(params.get("minDistanceKm")).isEqualTo(300);
    }

    @Test
    void leavesOutDisabledAndUnnamedRules() {
      var load =
          parse("  new-device: {points: 20, enabled: false}\n" + "  balance-drain: {points: 20}\n");
      Policy p = ((PolicyLoad.Loaded) load).policy();
      assertThat(p.rules()).extracting(r -> r.rule().id()).containsExactly("balance-drain");
    }

    @Test
    void ordersRulesAsTheCatalogueDoesWhateverTheFileOrder() {
      var load = parse("  balance-drain: {points: 1}\n  known-bad-ip: {points: 1}\n");
      Policy p = ((PolicyLoad.Loaded) load).policy();
      assertThat(p.rules())
          .extracting(r -> r.rule().id())
          .containsExactly("known-bad-ip", "balance-drain");
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesUnknownRulesParametersAndKeysNamingEach() {
      var load =
          parse(
              "  new-device: {points: 20, weight: 3}\n"
                  + "  telepathy: {points: 5}\n"
                  + "  impossible-travel: {points: 40, parameters: {warp: 9}}\n");
      assertThat(problems(load))
          .anySatisfy(p -> assertThat(p).startsWith("rules.telepathy: unknown rule"))
          .anySatisfy(p -> assertThat(p).startsWith("rules.new-device.weight: unknown key"))
          .anySatisfy(
              p -> assertThat(p).startsWith("rules.impossible-travel.parameters.warp: unknown"));
    }

    @Test
    void refusesValuesOutOfRange() {
      var load =
          parse(
              "  new-device: {points: 5000}\n"
                  + "  impossible-travel: {points: 40, parameters: {maxSpeedKmh: -1}}\n"
                  + "  balance-drain: {points: 10, enabled: maybe}\n");
      assertThat(problems(load))
          .containsExactlyInAnyOrder(
              "rules.new-device.points: required, a whole number from 0 to 1000",
              "rules.impossible-travel.parameters.maxSpeedKmh: must be a number from 50.0 to"
                  + " 100000.0",
              "rules.balance-drain.enabled: must be true or false");
    }

    @Test
    void refusesMissingVersionAndBandsAndDecreasingThresholds() {
      var load =
          Policy.parse(
              """
              rules: {}
              decisions:
                SIGN_IN: {CHALLENGE: 50, REVIEW: 40}
                TELEPORT: {DENY: 1}
              """);
      assertThat(problems(load))
          .contains(
              "policyVersion: required, 1-64 letters, digits, '.', '_' or '-'",
              "decisions.TELEPORT: unknown action type",
              "decisions.SIGN_IN: thresholds must not decrease from CHALLENGE to REVIEW to DENY")
          .anySatisfy(p -> assertThat(p).startsWith("decisions.WITHDRAWAL: required"));
    }

    @Test
    void refusesMalformedYamlDuplicateKeysAndAliases() {
      assertThat(problems(Policy.parse("policyVersion: [unclosed")).getFirst())
          .startsWith("not valid YAML");
      assertThat(problems(parse("  new-device: {points: 1}\n  new-device: {points: 2}\n")))
          .singleElement()
          .asString()
          .startsWith("not valid YAML");
      assertThat(problems(Policy.parse("a: &x [1]\nb: *x\n")).getFirst())
          .startsWith("not valid YAML");
    }

    @Test
    void refusesSomethingThatIsNotAMapping() {
      assertThat(problems(Policy.parse("- just\n- a list\n")))
          .containsExactly("policy must be a mapping");
    }
  }
}
