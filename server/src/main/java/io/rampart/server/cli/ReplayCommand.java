package io.rampart.server.cli;

import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataLoad;
import io.rampart.ipintel.IpDataSettings;
import io.rampart.models.BundledModels;
import io.rampart.risk.ActionType;
import io.rampart.risk.Assessment;
import io.rampart.risk.Decision;
import io.rampart.risk.EventCheck;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.server.risk.json.RiskEventJson;
import io.rampart.server.risk.json.RiskEventJsonBatch;
import io.rampart.simulation.DetectionTally;
import io.rampart.simulation.NaiveBaseline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code replay [--policy FILE] [--ip-facts FILE | --ip-data DIR] [--labels FILE] EVENTS
 * DECISIONS}: runs the engine over the events of a file (NDJSON or a JSON array) on fresh profiles
 * and writes one assessment per event to DECISIONS as NDJSON, in the events' order. No server or
 * database is involved, and the same input gives the same bytes. Entries that are not valid events
 * are reported on stderr with their line and skipped. With the labels of a simulation it also
 * prints the detection report: per attack kind and per legitimate action, the decisions against the
 * ground truth, beside those of a naive baseline (challenge every new device or address) in the
 * same run.
 *
 * <p>Exit status: 0 when every entry was replayed; 1 when some were refused (the decisions of the
 * rest are written); 2 when nothing could be replayed (bad arguments, an unreadable file, an
 * invalid policy or IP facts file), and no decisions file is written.
 */
final class ReplayCommand {
  static final int OK = 0;
  static final int SOME_REFUSED = 1;
  static final int FAILED = 2;

  /** The models a policy may name: those shipped in the jar, loaded when a policy enables one. */
  private static final ModelCatalogue MODELS = new BundledModels();

  /** Refused entries reported one by one; beyond this, only counted. */
  static final int MAX_REPORTED = 100;

  static final String USAGE =
      """
      usage: replay [--policy FILE] [--ip-facts FILE | --ip-data DIR] [--labels FILE] EVENTS DECISIONS
        EVENTS          risk events, NDJSON or a JSON array (docs/events.md), in the order they happened
        DECISIONS       where to write one assessment per event, as NDJSON
        --policy FILE   the risk policy (YAML) to decide with; default: the bundled policy
        --ip-facts FILE country, network and place of the events' IPs, one JSON object per line
                        (as simulate writes them)
        --ip-data DIR   look the events' IPs up in IP data laid out as the server's rampart.ip-data
                        directory (scripts/fetch-ip-data.sh, lists); without either option every
                        IP is unknown
        --labels FILE   the ground truth of a simulation (simulate): also report how the
                        decisions, and a naive baseline's, met the attacks and the owners
      replay --print-policy   prints the bundled policy, to start a candidate from
      """;

  private final PrintStream out;
  private final PrintStream err;

  ReplayCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Path policyFile = null;
    Path factsFile = null;
    Path ipDataDir = null;
    Path labelsFile = null;
    var positional = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--help", "-h" -> {
          out.print(USAGE);
          return OK;
        }
        case "--print-policy" -> {
          out.print(Policy.defaultYaml());
          return OK;
        }
        case "--policy", "--ip-facts", "--ip-data", "--labels" -> {
          if (i + 1 == args.size()) {
            return usage(arg + (arg.equals("--ip-data") ? " needs a directory" : " needs a file"));
          }
          Path file = Path.of(args.get(++i));
          switch (arg) {
            case "--policy" -> policyFile = file;
            case "--ip-facts" -> factsFile = file;
            case "--ip-data" -> ipDataDir = file;
            default -> labelsFile = file;
          }
        }
        default -> {
          if (arg.startsWith("--")) {
            return usage("unknown option " + arg);
          }
          positional.add(arg);
        }
      }
    }
    if (positional.size() != 2) {
      return usage("needs the events file and the decisions file");
    }
    if (factsFile != null && ipDataDir != null) {
      return usage("takes --ip-facts or --ip-data, not both");
    }
    try {
      Policy policy = policy(policyFile);
      IpIntelligence ips =
          factsFile != null
              ? IpFactsFile.read(factsFile)
              : ipDataDir != null ? ipData(ipDataDir) : ip -> IpFacts.UNKNOWN;
      LabelsFile labels = labelsFile == null ? null : LabelsFile.read(labelsFile);
      return replay(Path.of(positional.get(0)), Path.of(positional.get(1)), policy, ips, labels);
    } catch (IllegalArgumentException e) {
      err.println("replay: " + e.getMessage());
      return FAILED;
    } catch (UncheckedIOException e) {
      err.println("replay: " + describe(e.getCause()));
      return FAILED;
    }
  }

  /** The IP data of a directory, as the server would load it; a refused set stops the replay. */
  private static IpIntelligence ipData(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + " is not a directory");
    }
    return switch (FileIpIntelligence.open(IpDataSettings.inDirectory(directory))) {
      case IpDataLoad.Loaded loaded -> loaded.intelligence();
      case IpDataLoad.Refused refused ->
          throw new IllegalArgumentException(
              "the IP data in "
                  + directory
                  + " was refused: "
                  + String.join("; ", refused.problems()));
    };
  }

  private int replay(
      Path events, Path decisions, Policy policy, IpIntelligence ips, LabelsFile labels) {
    var replay = new Replay(policy, ips);
    var baseline = new NaiveBaseline();
    var detection = labels == null ? null : new DetectionTally(labels.scoredFrom());
    var json = new RiskEventJson();
    var tally = new long[ActionType.values().length][Decision.values().length];
    long refused = 0;
    long repeats = 0;
    boolean stopped = false;
    Path dir = decisions.toAbsolutePath().getParent();
    Path partial = null;
    try (InputStream in = Files.newInputStream(events);
        RiskEventJsonBatch batch = json.batch(in, Integer.MAX_VALUE)) {
      partial = Files.createTempFile(dir, ".decisions-", ".partial");
      try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        while (batch.hasNext()) {
          switch (batch.next()) {
            case RiskEventJsonBatch.Accepted a -> {
              Optional<Assessment> assessed = replay.next(a.event());
              if (assessed.isEmpty()) {
                repeats++;
                continue;
              }
              Assessment assessment = assessed.get();
              if (detection != null) {
                detection.add(
                    a.event(),
                    labels.label(a.event().eventId()),
                    assessment,
                    baseline.decide(a.event()));
              }
              tally[assessment.action().ordinal()][assessment.decision().ordinal()]++;
              w.write(json.write(assessment));
              w.write('\n');
            }
            case RiskEventJsonBatch.Refused r -> {
              if (refused++ < MAX_REPORTED) {
                report(events, r.line(), r.problems());
              }
            }
            case RiskEventJsonBatch.Stopped s -> {
              stopped = true;
              report(events, s.line(), List.of(s.problem()));
            }
          }
        }
      }
      Files.move(
          partial, decisions, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      partial = null;
    } catch (IOException e) {
      err.println("replay: " + describe(e));
      return FAILED;
    } finally {
      deleteQuietly(partial);
    }
    if (refused > MAX_REPORTED) {
      err.printf(Locale.ROOT, "replay: %d more entries refused%n", refused - MAX_REPORTED);
    }
    summary(events, decisions, policy, replay, tally, refused, repeats, stopped);
    if (detection != null) {
      out.println();
      out.println(
          "Detection from "
              + labels.scoredFrom()
              + " on (Rampart: this policy; baseline:"
              + " challenge every new device or IP address):");
      out.println();
      out.print(detection.toMarkdown());
    }
    return refused > 0 || stopped ? SOME_REFUSED : OK;
  }

  private void summary(
      Path events,
      Path decisions,
      Policy policy,
      Replay replay,
      long[][] tally,
      long refused,
      long repeats,
      boolean stopped) {
    long total = 0;
    for (long[] row : tally) {
      for (long n : row) {
        total += n;
      }
    }
    out.printf(
        Locale.ROOT,
        "Replayed %s with policy %s: %d events of %d accounts, %d refused, %d repeated ids"
            + " skipped%s.%n",
        events.getFileName(),
        policy.version(),
        total,
        replay.accounts(),
        refused,
        repeats,
        stopped ? ", stopped early (see above)" : "");
    out.printf(
        Locale.ROOT,
        "%-16s %10s %10s %10s %10s %10s%n",
        "action",
        "events",
        "ALLOW",
        "CHALLENGE",
        "REVIEW",
        "DENY");
    for (ActionType action : ActionType.values()) {
      long[] row = tally[action.ordinal()];
      long n = 0;
      for (long c : row) {
        n += c;
      }
      if (n > 0) {
        out.printf(
            Locale.ROOT,
            "%-16s %10d %10d %10d %10d %10d%n",
            action,
            n,
            row[0],
            row[1],
            row[2],
            row[3]);
      }
    }
    out.println("Decisions written to " + decisions + ".");
  }

  private void report(Path events, long line, List<EventCheck.Problem> problems) {
    var b = new StringBuilder().append(events.getFileName()).append(':').append(line).append(':');
    for (EventCheck.Problem p : problems) {
      b.append(' ');
      if (p.field() != null) {
        b.append(p.field()).append(' ');
      }
      b.append(p.message()).append(" (").append(p.code()).append(");");
    }
    b.setLength(b.length() - 1);
    err.println(b);
  }

  private int usage(String problem) {
    err.println("replay: " + problem);
    err.print(USAGE);
    return FAILED;
  }

  private static Policy policy(Path file) throws UncheckedIOException {
    if (file == null) {
      return Policy.defaults();
    }
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return switch (Policy.parse(yaml, MODELS)) {
      case PolicyLoad.Loaded loaded -> loaded.policy();
      case PolicyLoad.Refused refused ->
          throw new IllegalArgumentException(
              file + " is not a valid policy: " + String.join("; ", refused.problems()));
    };
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // The partial file is hidden and named as such; leaving it behind harms nothing.
      }
    }
  }
}
