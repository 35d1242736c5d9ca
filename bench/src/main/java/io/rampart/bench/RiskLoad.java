package io.rampart.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * {@code POST /api/v1/risk/evaluate} over real HTTP against the built server jar (its own process
 * on loopback, embedded PostgreSQL), beside a baseline measured in the same run: a trivial
 * authenticated endpoint ({@code GET /api/v1/admin/service-keys/scopes}, a bearer token and a fixed
 * answer, no database). Both at saturation (closed loop) and at fixed offered rates (open loop,
 * latency counted from when each call was due), with the CPU each of the load generator, the server
 * and PostgreSQL used per call, what the rest of the machine took, its load average, what
 * PostgreSQL did (WAL written, checkpoints, autovacuum runs), and each phase's latency second by
 * second, so that a stall can be set beside the server's GC log and PostgreSQL's log.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.rampart.bench.RiskLoad [--jar PATH]
 * [--accounts N] [--connections N] [--warmup-seconds N] [--seconds N] [--rates N,N,...]
 * [--rate-seconds N] [--quiet-load L] [--quiet-wait-seconds N] [--timeline FILE.csv] [--keep-log
 * FILE] [--postgres name=value ...] [--fresh-wal] [server options]}. After the warm-up the harness
 * leaves 640 MiB of WAL segments ready for recycling ({@link PostgresProbe#recycleWal}), so the
 * measured phases write into recycled segments as a server that has run for a while does; {@code
 * --fresh-wal} leaves that out, to measure a new cluster's first minutes, when every segment is
 * created while commits wait. {@code --postgres} changes a reloadable PostgreSQL setting for the
 * run ({@code ALTER SYSTEM}); {@code --keep-log} keeps the server's output (with PostgreSQL's log
 * when {@code --logging.level.io.zonky.test.db.postgres.embedded=INFO}). Every request goes to
 * 127.0.0.1; each phase is bounded in time; the server is stopped at the end.
 */
public final class RiskLoad {
  private static final String EVALUATE = "/api/v1/risk/evaluate";
  private static final String SCOPES = "/api/v1/admin/service-keys/scopes";

  private record Options(
      Path jar,
      int accounts,
      int connections,
      int warmupSeconds,
      int seconds,
      List<Integer> rates,
      int rateSeconds,
      double quietLoad,
      int quietWaitSeconds,
      Path timeline,
      Path keepLog,
      boolean freshWal,
      List<String> postgresSettings,
      List<String> serverOptions) {}

  private record Row(
      String phase,
      String offered,
      LoadClient.Result result,
      CpuMeter.Share cpu,
      PostgresProbe.Activity database) {}

  /** WAL left ready for recycling before the measured phases: more than they write. */
  private static final long RECYCLED_WAL_BYTES = 640L << 20;

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    System.out.printf(
        "load average %.2f; waiting up to %d s for it to fall below %.1f%n",
        CpuMeter.loadAverage(), o.quietWaitSeconds(), o.quietLoad());
    awaitQuiet(o.quietLoad(), o.quietWaitSeconds());
    Path dataDir = Files.createTempDirectory("rampart-risk-load");
    List<Row> rows = new ArrayList<>();
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    try (ServerProcess server = new ServerProcess(o.jar(), dataDir, o.serverOptions());
        PostgresProbe database = start(server, dataDir, o.postgresSettings())) {
      String operator = server.operatorToken();
      String key = createKey(server, operator, "risk:evaluate");
      RiskTraffic traffic = new RiskTraffic(o.accounts(), Long.toString(System.nanoTime(), 36));
      SplittableRandom random = new SplittableRandom(1);
      Supplier<byte[]> evaluate = () -> RawHttp.post(EVALUATE, key, traffic.next(random));
      byte[] scopes = RawHttp.get(SCOPES, operator);
      Supplier<byte[]> baseline = () -> scopes;
      CpuMeter meter = new CpuMeter(server.pid(), dataDir.resolve("postgres"));

      Meters meters = new Meters(meter, database);

      try (LoadClient client = new LoadClient(server.port(), o.connections())) {
        System.out.println("warming up");
        client.closedLoop(o.warmupSeconds(), evaluate);
        client.closedLoop(Math.max(3, o.warmupSeconds() / 3), baseline);
        if (!o.freshWal()) {
          database.recycleWal(RECYCLED_WAL_BYTES);
        }
        rows.add(closed(client, meters, "baseline", o.seconds(), baseline));
        rows.add(closed(client, meters, "evaluate", o.seconds(), evaluate));
        for (int rate : o.rates()) {
          rows.add(open(client, meters, "baseline", rate, o.rateSeconds(), baseline));
          rows.add(open(client, meters, "evaluate", rate, o.rateSeconds(), evaluate));
        }
      }
    } finally {
      if (o.keepLog() != null && Files.exists(dataDir.resolve("server.log"))) {
        Files.copy(dataDir.resolve("server.log"), o.keepLog(), StandardCopyOption.REPLACE_EXISTING);
      }
      ServerProcess.deleteTree(dataDir);
    }
    print(o, started, rows);
    if (o.timeline() != null) {
      writeTimeline(o.timeline(), rows);
    }
  }

  private static PostgresProbe start(ServerProcess server, Path dataDir, List<String> settings)
      throws Exception {
    server.start();
    PostgresProbe database = PostgresProbe.connect(dataDir);
    database.apply(settings);
    return database;
  }

  /** The machine's CPU and the database's activity, sampled around each phase. */
  private record Meters(CpuMeter cpu, PostgresProbe database) {
    Row measure(String phase, String offered, Phase run) throws Exception {
      CpuMeter.Sample cpuBefore = cpu.sample();
      PostgresProbe.Sample databaseBefore = database.sample();
      LoadClient.Result r = run.run();
      CpuMeter.Share share = CpuMeter.between(cpuBefore, cpu.sample(), r.seconds());
      return new Row(
          phase,
          offered,
          r,
          share,
          PostgresProbe.Activity.between(databaseBefore, database.sample()));
    }
  }

  private interface Phase {
    LoadClient.Result run() throws Exception;
  }

  private static Row closed(
      LoadClient client, Meters meters, String phase, int seconds, Supplier<byte[]> requests)
      throws Exception {
    System.out.printf("%s, closed loop, %d s%n", phase, seconds);
    return meters.measure(phase, "saturation", () -> client.closedLoop(seconds, requests));
  }

  private static Row open(
      LoadClient client,
      Meters meters,
      String phase,
      int rate,
      int seconds,
      Supplier<byte[]> requests)
      throws Exception {
    System.out.printf("%s, %,d /s offered, %d s%n", phase, rate, seconds);
    return meters.measure(
        phase, "%,d /s".formatted(rate), () -> client.openLoop(rate, seconds, requests));
  }

  private static void print(Options o, String started, List<Row> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Run started %s: %d cores shared by the load generator, the server and PostgreSQL; %d connections, %,d accounts."
            .formatted(
                started,
                Runtime.getRuntime().availableProcessors(),
                o.connections(),
                o.accounts()));
    lines.add("");
    lines.add(
        "| phase | offered | done | ok / other / failed / unsent | latency p50 / p99 / p99.9 / max (ms) | send lag p99 (ms) | CPU µs per call: generator / server / PostgreSQL | cores busy: generator / server / PostgreSQL / rest of machine | load average | PostgreSQL: WAL bytes per call / checkpoints / autovacuums / autoanalyzes |");
    lines.add("|---|---|---|---|---|---|---|---|---|---|");
    for (Row row : rows) {
      LoadClient.Result r = row.result();
      Histogram h = r.latency();
      lines.add(
          "| %s | %s | %,.0f /s | %d / %d / %d / %d | %s / %s / %s / %s | %s | %s | %s | %.1f | %s |"
              .formatted(
                  row.phase(),
                  row.offered(),
                  r.perSecond(),
                  r.ok(),
                  r.other(),
                  r.failed(),
                  r.unsent(),
                  ms(h, 50),
                  ms(h, 99),
                  ms(h, 99.9),
                  ms(h, 100),
                  row.offered().equals("saturation") ? "-" : ms(r.sendLag(), 99),
                  row.cpu().perCall(r.ok() + r.other()),
                  row.cpu().cores(),
                  row.cpu().load(),
                  row.database().describe(r.ok() + r.other())));
    }
    double base = rows.get(0).result().perSecond();
    double evaluate = rows.get(1).result().perSecond();
    lines.add("");
    lines.add("Ratio evaluate / baseline at saturation: %.2f".formatted(evaluate / base));
    lines.add("");
    lines.add("Latency p99 / max per second of each phase (ms, by the second calls were due in):");
    for (Row row : rows) {
      lines.add("- %s, %s: %s".formatted(row.phase(), row.offered(), perSecond(row)));
    }
    System.out.println(String.join("\n", lines));
  }

  private static String perSecond(Row row) {
    List<String> seconds = new ArrayList<>();
    for (LoadClient.Second s : row.result().timeline()) {
      seconds.add(String.format(Locale.ROOT, "%.0f/%.0f", s.p99() / 1_000.0, s.max() / 1_000.0));
    }
    List<LoadClient.Second> timeline = row.result().timeline();
    String from =
        timeline.isEmpty()
            ? "-"
            : CLOCK.format(Instant.ofEpochMilli(timeline.get(0).startMillis()));
    return "from %s UTC: %s".formatted(from, String.join(" ", seconds));
  }

  /**
   * One line per second of every phase: phase, offered rate, the second's start (UTC), calls due in
   * it and answered, their latency p50 / p99 / max (ms), and when the slowest was due (UTC).
   */
  private static void writeTimeline(Path file, List<Row> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("phase,offered,second_utc,calls,p50_ms,p99_ms,max_ms,slowest_due_utc");
    for (Row row : rows) {
      for (LoadClient.Second s : row.result().timeline()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s,%s,%s,%d,%.2f,%.2f,%.2f,%s",
                row.phase(),
                row.offered().replace(",", "").replace(" /s", ""),
                CLOCK.format(Instant.ofEpochMilli(s.startMillis())),
                s.calls(),
                s.p50() / 1_000.0,
                s.p99() / 1_000.0,
                s.max() / 1_000.0,
                CLOCK.format(Instant.ofEpochMilli(s.slowestDueMillis()))));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String ms(Histogram h, double percentile) {
    if (h.getTotalCount() == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", h.getValueAtPercentile(percentile) / 1_000.0);
  }

  /** Waits (bounded) for the one-minute load average to fall below {@code below}. */
  private static void awaitQuiet(double below, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (CpuMeter.loadAverage() >= below && System.nanoTime() < deadline) {
      TimeUnit.SECONDS.sleep(5);
    }
  }

  static String createKey(ServerProcess server, String operator, String... scopes)
      throws Exception {
    String body =
        "{\"name\":\"load\",\"scopes\":["
            + String.join(",", Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList())
            + "]}";
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/admin/service-keys"))
                    .header("Authorization", "Bearer " + operator)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 201) {
      throw new IllegalStateException("could not create a service key: " + reply.body());
    }
    return RiskTraffic.field(reply.body(), "secret");
  }

  private static Options parse(String[] args) throws IOException {
    Path jar = null;
    int accounts = 20_000;
    int connections = 64;
    int warmup = 30;
    int seconds = 20;
    List<Integer> rates = List.of(1_000, 2_500, 5_000);
    int rateSeconds = 20;
    double quietLoad = 2.0;
    int quietWait = 0;
    Path timeline = null;
    Path keepLog = null;
    boolean freshWal = false;
    List<String> postgresSettings = new ArrayList<>();
    List<String> serverOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--fresh-wal")) {
        freshWal = true;
        continue;
      }
      if (args[i].startsWith("--rampart.")
          || args[i].startsWith("--server.")
          || args[i].startsWith("--spring.")
          || args[i].startsWith("--management.")
          || args[i].startsWith("--logging.")
          || args[i].startsWith("-J")) {
        serverOptions.add(args[i]);
        continue;
      }
      String value = args[++i];
      switch (args[i - 1]) {
        case "--jar" -> jar = Path.of(value);
        case "--accounts" -> accounts = Integer.parseInt(value);
        case "--connections" -> connections = Integer.parseInt(value);
        case "--warmup-seconds" -> warmup = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--rates" ->
            rates =
                Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
        case "--rate-seconds" -> rateSeconds = Integer.parseInt(value);
        case "--quiet-load" -> quietLoad = Double.parseDouble(value);
        case "--quiet-wait-seconds" -> quietWait = Integer.parseInt(value);
        case "--timeline" -> timeline = Path.of(value);
        case "--keep-log" -> keepLog = Path.of(value);
        case "--postgres" -> postgresSettings.add(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
    return new Options(
        ServerProcess.jar(jar),
        accounts,
        connections,
        warmup,
        seconds,
        rates,
        rateSeconds,
        quietLoad,
        quietWait,
        timeline,
        keepLog,
        freshWal,
        postgresSettings,
        serverOptions);
  }
}
