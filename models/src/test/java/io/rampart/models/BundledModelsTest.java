package io.rampart.models;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskModel;
import io.rampart.risk.SubjectId;
import io.rampart.risk.internal.rules.ModelRule;
import io.rampart.simulation.SimulatedEvent;
import io.rampart.simulation.Simulation;
import io.rampart.simulation.SimulationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledModelsTest {
  private final BundledModels models = new BundledModels();

  @Test
  void loadsTheShippedModelBoundToTheEnginesFeatures() {
    RiskModel model = models.find(BundledModels.RAMPART_RISK_V1).orElseThrow();
    assertThat(model.name()).isEqualTo("rampart-risk-v1");
    assertThat(model.features()).isEqualTo(ModelFeatures.NAMES);
    assertThat(models.find("nothing")).isEmpty();
    assertThat(models.names()).containsExactly("rampart-risk-v1");
  }

  @Test
  void scoresTheSameVectorTheSameEveryTimeAndInEveryLoad() {
    float[] takeover = attackLike();
    RiskModel model = models.find(BundledModels.RAMPART_RISK_V1).orElseThrow();
    double first = model.score(takeover);
    assertThat(model.score(takeover)).isEqualTo(first);
    try (OnnxRiskModel fresh = BundledModels.load(BundledModels.RAMPART_RISK_V1)) {
      assertThat(fresh.score(takeover)).isEqualTo(first);
    }
    assertThat(first).isBetween(0.0, 1.0);
  }

  @Test
  void separatesAttacksFromOwnersOnASimulationItWasNotTrainedOn() {
    var settings = new SimulationSettings(99, 600, 60, 30, 8, SimulationSettings.DEFAULT_START);
    var simulation = new Simulation(settings);
    var events = new ArrayList<SimulatedEvent>();
    simulation.run(events::add);
    var facts = simulation.ipFacts();
    IpIntelligence ips =
        ip -> ip == null ? IpFacts.UNKNOWN : facts.getOrDefault(ip, IpFacts.UNKNOWN);
    RiskModel model = models.find(BundledModels.RAMPART_RISK_V1).orElseThrow();
    var engine = new RiskEngine();
    var global = new GlobalFeatureCounts();
    var profiles = new HashMap<SubjectId, Profile>();
    double[] sum = new double[2];
    int[] n = new int[2];
    for (SimulatedEvent se : events) {
      var e = se.event();
      Profile before = profiles.getOrDefault(e.accountId(), Profile.EMPTY);
      var context = EventContext.lookup(e, ips, global);
      if (!e.occurredAt().isBefore(settings.scoredFrom())
          && e.actionType() != ActionType.DEPOSIT
          && e.actionType() != ActionType.API_KEY_USE) {
        int k = se.label().actor().attack() ? 1 : 0;
        sum[k] += model.score(ModelFeatures.of(before, e, context));
        n[k]++;
      }
      profiles.put(e.accountId(), engine.observe(before, e, context));
      global.observe(e, context);
    }
    double owners = sum[0] / n[0];
    double attackers = sum[1] / n[1];
    assertThat(n[1]).isGreaterThan(50);
    assertThat(owners).isLessThan(0.2);
    assertThat(attackers).isGreaterThan(0.6);
  }

  @Test
  void bindsToAPolicyThatEnablesTheModelRule() {
    String yaml =
        Policy.defaultYaml()
            .replace("  model-score:\n    enabled: false\n", "  model-score:\n    enabled: true\n");
    var load = Policy.parse(yaml, models);
    assertThat(load).isInstanceOf(PolicyLoad.Loaded.class);
    var policy = ((PolicyLoad.Loaded) load).policy();
    assertThat(policy.rules()).anySatisfy(r -> assertThat(r.rule()).isInstanceOf(ModelRule.class));
    assertThat(Policy.parse(yaml)).isInstanceOf(PolicyLoad.Refused.class);
  }

  @Test
  void refusesAModelWhoseInputIsNotTheFeatureVector() throws IOException {
    byte[] onnx;
    try (InputStream in = BundledModels.class.getResourceAsStream("rampart-risk-v1.onnx")) {
      onnx = in.readAllBytes();
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OnnxRiskModel("short", onnx, List.of("a", "b"), 0))
        .withMessageContaining("not [n, 2]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OnnxRiskModel("junk", new byte[] {1, 2, 3}, ModelFeatures.NAMES, 0))
        .withMessageContaining("cannot be loaded");
  }

  /** A withdrawal of the whole balance to a new address, from a new device in another country. */
  private static float[] attackLike() {
    var w =
        withBalance(
            withDevice(withdrawal("2026-05-02T10:00:00Z", 900_000, "bc1qz"), "dev-x"), 900_000L);
    return ModelFeatures.of(typicalProfile(), w, context(SINGAPORE));
  }
}
