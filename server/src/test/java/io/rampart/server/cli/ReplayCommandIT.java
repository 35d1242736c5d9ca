package io.rampart.server.cli;

import static io.rampart.server.cli.ReplayTest.ALICE;
import static io.rampart.server.cli.ReplayTest.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.IpFacts;
import io.rampart.risk.Policy;
import io.rampart.server.risk.json.RiskEventJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code replay} command on real files: in-process, and from the packaged jar. */
class ReplayCommandIT {
  private static final RiskEventJson JSON = new RiskEventJson();

  @TempDir Path dir;
  private Path events;
  private Path facts;
  private Path decisions;

  @BeforeEach
  void writeInputs() throws IOException {
    var list = ReplayTest.habitualWeeks(ALICE);
    list.add(
        ReplayTest.signIn(
            "late", ALICE, START.plus(Duration.ofDays(27).plusHours(2)), "203.0.113.9", "d-new"));
    events = dir.resolve("events.ndjson");
    Files.write(events, list.stream().map(JSON::write).toList());
    facts = dir.resolve("ip-facts.ndjson");
    Files.write(
        facts,
        List.of(
            IpFactsFile.line("198.51.100.10", ReplayTest.PLACES.lookup("198.51.100.10")),
            IpFactsFile.line("203.0.113.9", ReplayTest.PLACES.lookup("203.0.113.9"))));
    decisions = dir.resolve("decisions.ndjson");
  }

  @Nested
  class InProcess {
    @Test
    void writesOneAssessmentPerEventInOrderAndSummarises() throws IOException {
      var run = run("--ip-facts", facts.toString(), events.toString(), decisions.toString());
      assertThat(run.status()).isEqualTo(ReplayCommand.OK);
      List<String> lines = Files.readAllLines(decisions);
      assertThat(lines).hasSize(29);
      assertThat(lines.getFirst())
          .isEqualTo(
              "{\"eventId\":\"alice-0\",\"action\":\"SIGN_IN\",\"decision\":\"ALLOW\",\"score\":0,"
                  + "\"reasons\":[],\"policyVersion\":\""
                  + Policy.defaults().version()
                  + "\"}");
      assertThat(lines.getLast()).contains("\"eventId\":\"late\"", "RISK_IMPOSSIBLE_TRAVEL");
      assertThat(run.out())
          .contains("29 events of 1 accounts, 0 refused")
          .containsPattern("SIGN_IN +29 +28 ");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheSameBytesForTheSameInput() throws IOException {
      run("--ip-facts", facts.toString(), events.toString(), decisions.toString());
      byte[] first = Files.readAllBytes(decisions);
      Path again = dir.resolve("again.ndjson");
      run("--ip-facts", facts.toString(), events.toString(), again.toString());
      assertThat(Files.readAllBytes(again)).isEqualTo(first);
    }

    @Test
    void treatsEveryIpAsUnknownWithoutFacts() throws IOException {
      assertThat(run(events.toString(), decisions.toString()).status()).isZero();
      assertThat(Files.readAllLines(decisions).getLast())
          .doesNotContain("RISK_IMPOSSIBLE_TRAVEL")
          .contains("RISK_NEW_DEVICE");
    }

    @Test
    void reportsRefusedLinesWithTheirNumbersAndReplaysTheRest() throws IOException {
      var lines = new ArrayList<>(Files.readAllLines(events));
      lines.add(3, "{\"type\": \"sign_in_attempt\", \"eventId\": \"x\"}");
      lines.add(5, "not json");
      Files.write(events, lines);
      var run = run(events.toString(), decisions.toString());
      assertThat(run.status()).isEqualTo(ReplayCommand.SOME_REFUSED);
      assertThat(Files.readAllLines(decisions)).hasSize(29);
      assertThat(run.err())
          .contains("events.ndjson:4: accountId is required (REQ_MISSING_FIELD)")
          .contains("events.ndjson:6: Not well-formed JSON")
          .doesNotContain("Exception");
      assertThat(run.out()).contains("2 refused");
    }

    @Test
    void decidesWithAGivenPolicy() throws IOException {
      Path policy = dir.resolve("strict.yaml");
      Files.writeString(
          policy,
          Policy.defaultYaml()
              .replaceFirst("policyVersion: \\S+", "policyVersion: strict-1")
              .replace("SIGN_IN:         {CHALLENGE: 40,", "SIGN_IN:         {CHALLENGE: 0,"));
      var run = run("--policy", policy.toString(), events.toString(), decisions.toString());
      assertThat(run.status()).isZero();
      assertThat(Files.readAllLines(decisions))
          .allSatisfy(line -> assertThat(line).contains("\"CHALLENGE\"", "\"strict-1\""));
    }

    @Test
    void printsTheBundledPolicyToStartACandidateFrom() {
      var run = run("--print-policy");
      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo(Policy.defaultYaml());
    }

    @Test
    void bindsTheShippedModelWhenThePolicyEnablesIt() throws IOException {
      Path policy = dir.resolve("model.yaml");
      Files.writeString(
          policy,
          Policy.defaultYaml()
              .replace(
                  "  model-score:\n    enabled: false\n", "  model-score:\n    enabled: true\n")
              .replace("{threshold: 0.95, fullAt: 0.995}", "{threshold: 0, fullAt: 1}"));
      var run = run("--policy", policy.toString(), events.toString(), decisions.toString());
      assertThat(run.status()).isZero();
      assertThat(Files.readAllLines(decisions))
          .allSatisfy(
              line ->
                  assertThat(line)
                      .contains("\"RISK_MODEL_SCORE\"", "model rampart-risk-v1 scores"));
    }

    @Test
    void refusesAnInvalidPolicyAndWritesNothing() throws IOException {
      Path policy = dir.resolve("bad.yaml");
      Files.writeString(policy, "policyVersion: x\nrules: {}\n");
      var run = run("--policy", policy.toString(), events.toString(), decisions.toString());
      assertThat(run.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(run.err()).contains("is not a valid policy", "decisions: required");
      assertThat(decisions).doesNotExist();
    }

    @Test
    void looksTheEventsIpsUpInAnIpDataDirectory() throws IOException {
      Path ipData = Files.createDirectory(dir.resolve("ip"));
      Files.writeString(ipData.resolve("known-bad.txt"), "# a test list\n203.0.113.9\n");

      var run = run("--ip-data", ipData.toString(), events.toString(), decisions.toString());

      assertThat(run.status()).isEqualTo(ReplayCommand.OK);
      assertThat(Files.readAllLines(decisions).getLast()).contains("\"RISK_KNOWN_BAD_IP\"");
      assertThat(Files.readAllLines(decisions).getFirst()).doesNotContain("RISK_KNOWN_BAD_IP");
    }

    @Test
    void refusesABadIpDataDirectoryAndBothSourcesOfIpFacts() throws IOException {
      Path ipData = Files.createDirectory(dir.resolve("ip"));
      Files.writeString(ipData.resolve("known-bad.txt"), "203.0.113.0/33\n");

      var bad = run("--ip-data", ipData.toString(), events.toString(), decisions.toString());
      var both =
          run(
              "--ip-data",
              ipData.toString(),
              "--ip-facts",
              facts.toString(),
              events.toString(),
              decisions.toString());

      assertThat(bad.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(bad.err()).contains("was refused", "known-bad.txt");
      assertThat(both.err()).contains("not both");
      assertThat(decisions).doesNotExist();
    }

    @Test
    void refusesABadIpFactsFileNamingItsLine() throws IOException {
      Files.write(
          facts, List.of("{\"ip\": \"198.51.100.10\"}", "{\"ip\": \"x\", \"asn\": \"AS1\"}"));
      var run = run("--ip-facts", facts.toString(), events.toString(), decisions.toString());
      assertThat(run.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(run.err()).contains("ip-facts.ndjson:2:", "asn must be a whole number");
      assertThat(decisions).doesNotExist();
    }

    @Test
    void explainsItsUsageAndMissingFiles() {
      assertThat(run().status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(run("--colour", "x", "y").err()).contains("unknown option --colour", "usage:");
      var missing = run(dir.resolve("none.ndjson").toString(), decisions.toString());
      assertThat(missing.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");
      assertThat(run("--help").out()).startsWith("usage: replay");
      assertThat(decisions).doesNotExist();
      assertThat(dir.toFile().list())
          .allSatisfy(name -> assertThat(name).doesNotEndWith(".partial"));
    }

    @Test
    void readsIpFactsWrittenForEveryKindOfFact() {
      var facts =
          new IpFacts(
              java.util.Optional.of("NL"),
              java.util.OptionalInt.of(60781),
              java.util.Optional.of(new io.rampart.risk.Coordinates(52.37, 4.89)),
              true,
              true,
              true);
      assertThat(IpFactsFile.line("192.0.2.1", facts))
          .isEqualTo(
              "{\"ip\":\"192.0.2.1\",\"country\":\"NL\",\"asn\":60781,\"latitude\":52.37,"
                  + "\"longitude\":4.89,\"anonymiser\":true,\"hosting\":true,\"knownBad\":true}");
      assertThat(IpFactsFile.line("192.0.2.2", IpFacts.UNKNOWN))
          .isEqualTo("{\"ip\":\"192.0.2.2\"}");
    }

    private Run run(String... args) {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      String[] all = Stream.concat(Stream.of("replay"), Stream.of(args)).toArray(String[]::new);
      int status =
          Commands.run(
              all,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  @Nested
  class WithASimulation {
    @Test
    void simulatesTheSameFilesForTheSameSeedAndReportsDetectionAgainstTheLabels()
        throws IOException {
      Path sim = dir.resolve("sim");
      var simulate =
          run(
              "simulate",
              "--seed",
              "3",
              "--accounts",
              "300",
              "--days",
              "30",
              "--warm-up-days",
              "15",
              "--incidents",
              "3",
              sim.toString());
      assertThat(simulate.status()).isZero();
      assertThat(simulate.out()).contains("Simulated 300 accounts over 30 days (seed 3)");
      Path again = dir.resolve("again");
      run(
          "simulate",
          "--seed",
          "3",
          "--accounts",
          "300",
          "--days",
          "30",
          "--warm-up-days",
          "15",
          "--incidents",
          "3",
          again.toString());
      for (String file : List.of("events.ndjson", "labels.ndjson", "ip-facts.ndjson")) {
        assertThat(Files.readAllBytes(again.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(sim.resolve(file)));
      }
      assertThat(Files.readAllLines(sim.resolve("labels.ndjson")).getFirst())
          .startsWith(
              "{\"format\":\"rampart-simulation-labels\",\"scoredFrom\":\"2026-06-16T00:00:00Z\"");

      var replay =
          run(
              "replay",
              "--ip-facts",
              sim.resolve("ip-facts.ndjson").toString(),
              "--labels",
              sim.resolve("labels.ndjson").toString(),
              sim.resolve("events.ndjson").toString(),
              decisions.toString());
      assertThat(replay.status()).isZero();
      assertThat(replay.out())
          .contains("Detection from 2026-06-16T00:00:00Z on")
          .containsPattern("\\| ACCOUNT_TAKEOVER \\| 3 \\| [0-9.]+% \\| 100.0% \\|")
          .containsPattern("\\| all account takeovers \\| 1[0-9] \\|")
          .containsPattern("\\| SIGN_IN \\| [0-9]+ \\|");
    }

    @Test
    void refusesBadSettingsAndLabels() throws IOException {
      var bad = run("simulate", "--accounts", "5", dir.resolve("x").toString());
      assertThat(bad.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(bad.err()).contains("accounts must be between");
      assertThat(run("simulate", "--days", "many", "x").err()).contains("not a whole number");
      Path labels = dir.resolve("labels.ndjson");
      Files.write(labels, List.of("{\"eventId\": \"e\"}"));
      var replay =
          run("replay", "--labels", labels.toString(), events.toString(), decisions.toString());
      assertThat(replay.status()).isEqualTo(ReplayCommand.FAILED);
      assertThat(replay.err()).contains("labels.ndjson:1:", "header");
    }

    private Run run(String... args) {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      int status =
          Commands.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  @Nested
  class FromTheJar {
    @Test
    void runsWithoutStartingTheServerAndGivesTheSameBytesTwice() throws Exception {
      Path jar = packagedJar();
      var first =
          java(
              "-jar",
              jar.toString(),
              "replay",
              "--ip-facts",
              facts.toString(),
              events.toString(),
              decisions.toString());
      assertThat(first.status()).isZero();
      assertThat(first.out()).startsWith("Replayed events.ndjson with policy ");
      assertThat(first.out() + first.err()).doesNotContain("Spring", "Tomcat", "PostgreSQL");
      Path again = dir.resolve("again.ndjson");
      var second =
          java(
              "-jar",
              jar.toString(),
              "replay",
              "--ip-facts",
              facts.toString(),
              events.toString(),
              again.toString());
      assertThat(second.status()).isZero();
      assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(decisions));
      assertThat(Files.readAllLines(decisions)).hasSize(29);
    }

    private static Path packagedJar() throws IOException {
      try (Stream<Path> files = Files.list(Path.of("target"))) {
        return files
            .filter(f -> f.getFileName().toString().matches("rampart-server-.*\\.jar"))
            .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("package the server first"));
      }
    }

    private Run java(String... args) throws Exception {
      String java = ProcessHandle.current().info().command().orElse("java");
      var command = new ArrayList<String>();
      command.add(java);
      command.addAll(List.of(args));
      Path out = dir.resolve("stdout");
      Path err = dir.resolve("stderr");
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the replay ends by itself").isTrue();
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
  }

  record Run(int status, String out, String err) {}
}
