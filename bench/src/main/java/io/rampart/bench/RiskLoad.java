package io.rampart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * and PostgreSQL used per call, what the rest of the machine took, and its load average.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.rampart.bench.RiskLoad [--jar PATH]
 * [--accounts N] [--connections N] [--warmup-seconds N] [--seconds N] [--rates N,N,...]
 * [--rate-seconds N] [--quiet-load L] [--quiet-wait-seconds N] [server options]}. Every request
 * goes to 127.0.0.1; each phase is bounded in time; the server is stopped at the end.
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
      List<String> serverOptions) {}

  private record Row(String phase, String offered, LoadClient.Result result, CpuMeter.Share cpu) {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    System.out.printf(
        "load average %.2f; waiting up to %d s for it to fall below %.1f%n",
        CpuMeter.loadAverage(), o.quietWaitSeconds(), o.quietLoad());
    awaitQuiet(o.quietLoad(), o.quietWaitSeconds());
    Path dataDir = Files.createTempDirectory("rampart-risk-load");
    List<Row> rows = new ArrayList<>();
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    try (ServerProcess server = new ServerProcess(o.jar(), dataDir, o.serverOptions())) {
      server.start();
      String operator = server.operatorToken();
      String key = createKey(server, operator, "risk:evaluate");
      RiskTraffic traffic = new RiskTraffic(o.accounts(), Long.toString(System.nanoTime(), 36));
      SplittableRandom random = new SplittableRandom(1);
      Supplier<byte[]> evaluate = () -> RawHttp.post(EVALUATE, key, traffic.next(random));
      byte[] scopes = RawHttp.get(SCOPES, operator);
      Supplier<byte[]> baseline = () -> scopes;
      CpuMeter meter = new CpuMeter(server.pid(), dataDir.resolve("postgres"));

      try (LoadClient client = new LoadClient(server.port(), o.connections())) {
        System.out.println("warming up");
        client.closedLoop(o.warmupSeconds(), evaluate);
        client.closedLoop(Math.max(3, o.warmupSeconds() / 3), baseline);
        rows.add(closed(client, meter, "baseline", o.seconds(), baseline));
        rows.add(closed(client, meter, "evaluate", o.seconds(), evaluate));
        for (int rate : o.rates()) {
          rows.add(open(client, meter, "baseline", rate, o.rateSeconds(), baseline));
          rows.add(open(client, meter, "evaluate", rate, o.rateSeconds(), evaluate));
        }
      }
    } finally {
      ServerProcess.deleteTree(dataDir);
    }
    print(o, started, rows);
  }

  private static Row closed(
      LoadClient client, CpuMeter meter, String phase, int seconds, Supplier<byte[]> requests)
      throws Exception {
    System.out.printf("%s, closed loop, %d s%n", phase, seconds);
    CpuMeter.Sample before = meter.sample();
    LoadClient.Result r = client.closedLoop(seconds, requests);
    return new Row(phase, "saturation", r, CpuMeter.between(before, meter.sample(), r.seconds()));
  }

  private static Row open(
      LoadClient client,
      CpuMeter meter,
      String phase,
      int rate,
      int seconds,
      Supplier<byte[]> requests)
      throws Exception {
    System.out.printf("%s, %,d /s offered, %d s%n", phase, rate, seconds);
    CpuMeter.Sample before = meter.sample();
    LoadClient.Result r = client.openLoop(rate, seconds, requests);
    return new Row(
        phase, "%,d /s".formatted(rate), r, CpuMeter.between(before, meter.sample(), r.seconds()));
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
        "| phase | offered | done | ok / other / failed / unsent | latency p50 / p99 / p99.9 / max (ms) | send lag p99 (ms) | CPU µs per call: generator / server / PostgreSQL | cores busy: generator / server / PostgreSQL / rest of machine | load average |");
    lines.add("|---|---|---|---|---|---|---|---|---|");
    for (Row row : rows) {
      LoadClient.Result r = row.result();
      Histogram h = r.latency();
      lines.add(
          "| %s | %s | %,.0f /s | %d / %d / %d / %d | %s / %s / %s / %s | %s | %s | %s | %.1f |"
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
                  row.cpu().load()));
    }
    double base = rows.get(0).result().perSecond();
    double evaluate = rows.get(1).result().perSecond();
    lines.add("");
    lines.add("Ratio evaluate / baseline at saturation: %.2f".formatted(evaluate / base));
    System.out.println(String.join("\n", lines));
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

  private static Options parse(String[] args) throws java.io.IOException {
    Path jar = null;
    int accounts = 20_000;
    int connections = 64;
    int warmup = 30;
    int seconds = 20;
    List<Integer> rates = List.of(1_000, 2_500, 5_000);
    int rateSeconds = 20;
    double quietLoad = 2.0;
    int quietWait = 0;
    List<String> serverOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--rampart.")
          || args[i].startsWith("--server.")
          || args[i].startsWith("--spring.")
          || args[i].startsWith("--management.")
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
        serverOptions);
  }
}
