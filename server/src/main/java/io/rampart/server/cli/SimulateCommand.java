package io.rampart.server.cli;

import io.rampart.risk.IpFacts;
import io.rampart.server.risk.json.RiskEventJson;
import io.rampart.simulation.SimulatedEvent;
import io.rampart.simulation.Simulation;
import io.rampart.simulation.SimulationSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code simulate [--seed N] [--accounts N] [--days N] [--warm-up-days N] [--incidents N] DIR}:
 * writes a seeded simulation to DIR as {@code events.ndjson} (plain schema-v1 events, in time
 * order), {@code labels.ndjson} (the ground truth) and {@code ip-facts.ndjson} (what a geo-IP
 * database says of every address used), ready for {@code replay --ip-facts ... --labels ...}. The
 * same settings give the same bytes. Exit status 0, or 2 for bad arguments or a write failure.
 */
final class SimulateCommand {
  static final String USAGE =
      """
      usage: simulate [--seed N] [--accounts N] [--days N] [--warm-up-days N] [--incidents N] DIR
        writes DIR/events.ndjson, DIR/labels.ndjson and DIR/ip-facts.ndjson
        defaults: the simulation docs/detection.md reports (%s)
      """;

  private final PrintStream out;
  private final PrintStream err;

  SimulateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    SimulationSettings d = SimulationSettings.defaults();
    long seed = d.seed();
    int accounts = d.accounts();
    int days = d.days();
    int warmUp = d.warmUpDays();
    int incidents = d.incidentsPerKind();
    var positional = new ArrayList<String>();
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--help") || arg.equals("-h")) {
          out.print(usage());
          return ReplayCommand.OK;
        }
        if (!arg.startsWith("--")) {
          positional.add(arg);
          continue;
        }
        if (i + 1 == args.size()) {
          return usage(arg + " needs a number");
        }
        String value = args.get(++i);
        switch (arg) {
          case "--seed" -> seed = Long.parseLong(value);
          case "--accounts" -> accounts = Integer.parseInt(value);
          case "--days" -> days = Integer.parseInt(value);
          case "--warm-up-days" -> warmUp = Integer.parseInt(value);
          case "--incidents" -> incidents = Integer.parseInt(value);
          default -> {
            return usage("unknown option " + arg);
          }
        }
      }
    } catch (NumberFormatException e) {
      return usage("not a whole number: " + e.getMessage());
    }
    if (positional.size() != 1) {
      return usage("needs the directory to write to");
    }
    SimulationSettings settings;
    try {
      settings = new SimulationSettings(seed, accounts, days, warmUp, incidents, d.start());
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    try {
      return simulate(settings, Path.of(positional.getFirst()));
    } catch (IOException | UncheckedIOException e) {
      err.println("simulate: cannot write: " + e.getMessage());
      return ReplayCommand.FAILED;
    }
  }

  private int simulate(SimulationSettings settings, Path dir) throws IOException {
    Files.createDirectories(dir);
    var json = new RiskEventJson();
    var simulation = new Simulation(settings);
    long[] counts = new long[2];
    try (BufferedWriter events = writer(dir.resolve("events.ndjson"));
        BufferedWriter labels = writer(dir.resolve("labels.ndjson"))) {
      labels.write(LabelsFile.header(settings));
      labels.write('\n');
      simulation.run(
          (SimulatedEvent e) -> {
            try {
              events.write(json.write(e.event()));
              events.write('\n');
              counts[0]++;
              if (e.label().actor().attack()) {
                labels.write(LabelsFile.entry(e.event().eventId(), e.label()));
                labels.write('\n');
                counts[1]++;
              }
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
    }
    try (BufferedWriter facts = writer(dir.resolve("ip-facts.ndjson"))) {
      for (Map.Entry<String, IpFacts> f : simulation.ipFacts().entrySet()) {
        facts.write(IpFactsFile.line(f.getKey(), f.getValue()));
        facts.write('\n');
      }
    }
    out.printf(
        Locale.ROOT,
        "Simulated %d accounts over %d days (seed %d): %d events, %d by attackers, %d IP"
            + " addresses; scored from %s.%nWritten to %s.%n",
        settings.accounts(),
        settings.days(),
        settings.seed(),
        counts[0],
        counts[1],
        simulation.ipFacts().size(),
        settings.scoredFrom(),
        dir);
    return ReplayCommand.OK;
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static String usage() {
    SimulationSettings d = SimulationSettings.defaults();
    return USAGE.formatted(
        String.format(
            Locale.ROOT,
            "--seed %d --accounts %d --days %d --warm-up-days %d --incidents %d",
            d.seed(),
            d.accounts(),
            d.days(),
            d.warmUpDays(),
            d.incidentsPerKind()));
  }

  private int usage(String problem) {
    err.println("simulate: " + problem);
    err.print(usage());
    return ReplayCommand.FAILED;
  }
}
