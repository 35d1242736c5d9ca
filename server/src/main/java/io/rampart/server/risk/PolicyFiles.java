package io.rampart.server.risk;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.TransactionRunner;
import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.server.config.ConfigurationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the policies in force come from: the active policy's YAML file (or the one shipped with
 * Rampart) and, optionally, a candidate's file run in shadow. Both are validated whole before
 * either replaces what runs: a refused file changes nothing and says why. Thread-safe.
 */
public final class PolicyFiles {
  /** The bundled policy's name where a file's path would be. */
  public static final String BUNDLED = "bundled:default-policy.yaml";

  /** A loaded policy: its version, where it came from, and when. */
  public record Loaded(String version, String source, Instant loadedAt) {}

  /** The last refused reload: which file, every problem found, when. */
  public record Refusal(String source, List<String> problems, Instant at) {
    public Refusal {
      problems = List.copyOf(problems);
    }
  }

  /** What runs now, and the last refusal since it was loaded (or {@code null}). */
  public record Status(Loaded active, Loaded shadow, Refusal lastRefusal) {}

  /** The outcome of a reload. */
  public sealed interface Reload {
    record Done(Status status) implements Reload {}

    record Refused(Refusal refusal) implements Reload {}
  }

  private record Stamp(Instant modified, long size) {}

  private record Read(Policy policy, Loaded loaded, Stamp stamp) {}

  /** Reading one file or both: policies to put in force, or why not. */
  private sealed interface Reading {}

  private record Both(Read active, Read shadow) implements Reading {}

  private record Failed(Refusal refusal) implements Reading {}

  private final Path activeFile;
  private final Path shadowFile;
  private final RiskPolicies policies;
  private final AuditTrail audit;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final ModelCatalogue models;
  private Status status;
  private Stamp activeStamp;
  private Stamp shadowStamp;

  private PolicyFiles(
      Path activeFile,
      Path shadowFile,
      RiskPolicies policies,
      AuditTrail audit,
      TransactionRunner transactions,
      Clock clock,
      ModelCatalogue models) {
    this.activeFile = activeFile;
    this.shadowFile = shadowFile;
    this.policies = policies;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.models = models;
  }

  /**
   * Loads both files, or refuses to start.
   *
   * @param activeFile the active policy, or {@code null} for the bundled one
   * @param shadowFile the candidate, or {@code null} for none
   * @param models the models a policy's model rule may name
   * @throws ConfigurationProblem naming the file and every problem, if one is not a valid policy
   */
  public static PolicyFiles load(
      Path activeFile,
      Path shadowFile,
      AuditTrail audit,
      TransactionRunner transactions,
      Clock clock,
      ModelCatalogue models) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(clock, "clock");
    PolicyFiles files =
        new PolicyFiles(activeFile, shadowFile, null, audit, transactions, clock, models);
    Reading reading = files.readBoth();
    if (reading instanceof Failed(var refusal)) {
      throw new ConfigurationProblem(
          "The risk policy "
              + refusal.source()
              + " is not valid (rampart.risk.policy-file or shadow-policy-file): "
              + String.join("; ", refusal.problems()),
          "Fix the policy file, or unset the setting to run without it.");
    }
    Both both = (Both) reading;
    Read active = both.active();
    Read shadow = both.shadow();
    PolicyFiles loaded =
        new PolicyFiles(
            activeFile,
            shadowFile,
            new RiskPolicies(active.policy(), shadow == null ? null : shadow.policy()),
            audit,
            transactions,
            clock,
            models);
    loaded.accept(active, shadow);
    return loaded;
  }

  /** The policies this keeps up to date. */
  public RiskPolicies policies() {
    return policies;
  }

  public synchronized Status status() {
    return status;
  }

  /**
   * Reads both files again and, if both are valid, puts them in force; audited either way as done
   * by {@code actor}.
   */
  public synchronized Reload reload(Actor actor, RequestOrigin origin) {
    Reading reading = readBoth();
    if (reading instanceof Failed(var refusal)) {
      status = new Status(status.active(), status.shadow(), refusal);
      Map<String, String> data = new TreeMap<>();
      data.put("source", refusal.source());
      data.put("problems", Integer.toString(refusal.problems().size()));
      data.put("firstProblem", truncate(refusal.problems().getFirst()));
      transactions.run(
          () -> audit.append(new AuditEvent("risk.policy-refused", actor, null, origin, data)));
      return new Reload.Refused(refusal);
    }
    Read active = ((Both) reading).active();
    Read shadow = ((Both) reading).shadow();
    policies.replace(
        new RiskPolicies.InForce(active.policy(), shadow == null ? null : shadow.policy()));
    accept(active, shadow);
    Map<String, String> data = new TreeMap<>();
    data.put("activeVersion", active.loaded().version());
    data.put("activeSource", active.loaded().source());
    if (shadow != null) {
      data.put("shadowVersion", shadow.loaded().version());
      data.put("shadowSource", shadow.loaded().source());
    }
    transactions.run(
        () -> audit.append(new AuditEvent("risk.policy-loaded", actor, null, origin, data)));
    return new Reload.Done(status);
  }

  /** Whether either file changed (time or size) since it was last read. */
  public synchronized boolean changed() {
    return (activeFile != null && !Objects.equals(stampOf(activeFile), activeStamp))
        || (shadowFile != null && !Objects.equals(stampOf(shadowFile), shadowStamp));
  }

  private void accept(Read active, Read shadow) {
    status = new Status(active.loaded(), shadow == null ? null : shadow.loaded(), null);
    activeStamp = active.stamp();
    shadowStamp = shadow == null ? null : shadow.stamp();
  }

  private Reading readBoth() {
    Reading active = read(activeFile);
    if (active instanceof Failed || shadowFile == null) {
      return active;
    }
    Reading shadow = read(shadowFile);
    if (shadow instanceof Failed) {
      return shadow;
    }
    Read activeRead = ((Both) active).active();
    Read shadowRead = ((Both) shadow).active();
    String version = activeRead.loaded().version();
    if (version.equals(shadowRead.loaded().version())) {
      return new Failed(
          new Refusal(
              shadowFile.toString(),
              List.of(
                  "policyVersion: the shadow policy has the active one's version '"
                      + version
                      + "'; give the candidate its own version so their decisions can be told apart"),
              clock.instant()));
    }
    return new Both(activeRead, shadowRead);
  }

  /** One file as {@code Both(it, null)}, or why it is refused. */
  private Reading read(Path file) {
    String source = file == null ? BUNDLED : file.toString();
    String yaml;
    Stamp stamp = null;
    try {
      if (file == null) {
        yaml = Policy.defaultYaml();
      } else {
        stamp = stampOf(file);
        yaml = Files.readString(file, StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      return new Failed(
          new Refusal(source, List.of("cannot read the file: " + e), clock.instant()));
    }
    return switch (Policy.parse(yaml, models)) {
      case PolicyLoad.Loaded(var policy) ->
          new Both(
              new Read(policy, new Loaded(policy.version(), source, clock.instant()), stamp), null);
      case PolicyLoad.Refused(var problems) ->
          new Failed(new Refusal(source, new ArrayList<>(problems), clock.instant()));
    };
  }

  private static Stamp stampOf(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime().toInstant(), attributes.size());
    } catch (IOException e) {
      return null;
    }
  }

  private static String truncate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500) + "...";
  }
}
