package io.rampart.bench.model;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.ModelFeatures;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SubjectId;
import io.rampart.simulation.SimulatedEvent;
import io.rampart.simulation.Simulation;
import io.rampart.simulation.SimulationSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the shipped risk model, {@code rampart-risk-v1}: logistic regression (Tribuo, exported to
 * ONNX) over {@link ModelFeatures}, on a simulation with its own seed, so that the detection report
 * (seed 20261125) scores it on data it never saw.
 *
 * <p>Each scored event of the simulation is replayed through the engine as the server does (profile
 * before the event, IP facts, population counts), turned into its feature vector and labelled
 * attack or legitimate. Deposits and API key calls are left out (the model rule does not score
 * them), and owners' events are sampled down to ten per attack event, so the classes are within an
 * order of magnitude. Deterministic: the same arguments give the same weights (the provenance
 * Tribuo embeds in the ONNX file records when training ran).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.rampart.bench.model.TrainRiskModel models/src/main/resources/io/rampart/models
 * </pre>
 */
public final class TrainRiskModel {
  static final String NAME = "rampart-risk-v1";
  static final SimulationSettings TRAINING =
      new SimulationSettings(1, 4_000, 90, 40, 250, SimulationSettings.DEFAULT_START);
  private static final double LEGITIMATE_KEPT = 0.05;

  private TrainRiskModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TrainRiskModel OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    var labels = new LabelFactory();
    var data =
        new MutableDataset<Label>(
            new SimpleDataSourceProvenance(
                "rampart simulation seed " + TRAINING.seed(),
                TRAINING.start().atOffset(ZoneOffset.UTC),
                labels),
            labels);
    int[] counts = collect(data);
    // Logistic loss, AdaGrad, ten epochs over single examples, a fixed seed; no progress logging.
    var trainer =
        new LinearSGDTrainer(
            new LogMulticlass(), new AdaGrad(0.5, 0.1), 10, Integer.MAX_VALUE, 1, 20261203L);
    Model<Label> model = trainer.train(data);
    var linear = (LinearSGDModel) model;
    List<String> inputs = new ArrayList<>();
    var featureMap = linear.getFeatureIDMap();
    for (int i = 0; i < featureMap.size(); i++) {
      inputs.add(featureMap.get(i).getName());
    }
    if (!inputs.containsAll(ModelFeatures.NAMES) || inputs.size() != ModelFeatures.COUNT) {
      throw new IllegalStateException("the model does not read every feature: " + inputs);
    }
    int attack = linear.getOutputIDInfo().getID(new Label("attack"));
    linear.saveONNXModel("io.rampart", 1, dir.resolve(NAME + ".onnx"));
    var features = new StringBuilder();
    features.append("# Inputs of ").append(NAME).append(".onnx in order, trained by ");
    features.append(TrainRiskModel.class.getName()).append('\n');
    features.append(
        String.format(
            Locale.ROOT,
            "# on simulation seed %d (%d accounts, %d days): %d attack and %d legitimate events%n",
            TRAINING.seed(),
            TRAINING.accounts(),
            TRAINING.days(),
            counts[0],
            counts[1]));
    features.append("# attack-index: ").append(attack).append('\n');
    for (String input : inputs) {
      features.append(input).append('\n');
    }
    Files.writeString(dir.resolve(NAME + ".features"), features, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "Trained %s on %d attack and %d legitimate events; written to %s%n",
        NAME,
        counts[0],
        counts[1],
        dir);
  }

  /** Replays the training simulation and adds its scored events; returns attack, legit counts. */
  private static int[] collect(MutableDataset<Label> data) {
    var simulation = new Simulation(TRAINING);
    var events = new ArrayList<SimulatedEvent>();
    simulation.run(events::add);
    Map<String, IpFacts> facts = simulation.ipFacts();
    IpIntelligence ips =
        ip -> ip == null ? IpFacts.UNKNOWN : facts.getOrDefault(ip, IpFacts.UNKNOWN);
    var engine = new RiskEngine();
    var global = new GlobalFeatureCounts();
    var profiles = new HashMap<SubjectId, Profile>();
    var sample = new SplittableRandom(TRAINING.seed());
    String[] names = ModelFeatures.NAMES.toArray(String[]::new);
    int[] counts = new int[2];
    for (SimulatedEvent se : events) {
      RiskEvent e = se.event();
      Profile before = profiles.getOrDefault(e.accountId(), Profile.EMPTY);
      EventContext context = EventContext.lookup(e, ips, global);
      boolean scored =
          !e.occurredAt().isBefore(TRAINING.scoredFrom())
              && e.actionType() != ActionType.DEPOSIT
              && e.actionType() != ActionType.API_KEY_USE;
      boolean attack = se.label().actor().attack();
      if (scored && (attack || sample.nextDouble() < LEGITIMATE_KEPT)) {
        float[] f = ModelFeatures.of(before, e, context);
        double[] values = new double[f.length];
        for (int i = 0; i < f.length; i++) {
          values[i] = f[i];
        }
        data.add(new ArrayExample<>(new Label(attack ? "attack" : "legitimate"), names, values));
        counts[attack ? 0 : 1]++;
      }
      profiles.put(e.accountId(), engine.observe(before, e, context));
      global.observe(e, context);
    }
    return counts;
  }
}
