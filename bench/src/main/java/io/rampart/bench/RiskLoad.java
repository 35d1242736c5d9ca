package io.rampart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * {@code POST /api/v1/risk/evaluate} calls per second over real HTTP against the built server jar
 * (its own process on loopback, embedded PostgreSQL), beside a baseline measured in the same run: a
 * trivial authenticated endpoint ({@code GET /api/v1/admin/service-keys/scopes}, a bearer token and
 * a fixed answer). Then latency at a fixed offered rate, measured from when each call was due, so a
 * stalled server cannot hide its stall.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.rampart.bench.RiskLoad [--jar PATH]
 * [--accounts N] [--connections N] [--warmup-seconds N] [--seconds N] [--rate N] [--rate-seconds
 * N]}. Every request goes to 127.0.0.1; each phase is bounded in time; the server is stopped at the
 * end.
 */
public final class RiskLoad {
  private record Result(
      double perSecond, long ok, long other, double p50, double p99, double p999) {}

  private record Options(
      Path jar,
      int accounts,
      int connections,
      int warmupSeconds,
      int seconds,
      int rate,
      int rateSeconds,
      List<String> serverOptions) {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    Path dataDir = Files.createTempDirectory("rampart-risk-load");
    try (ServerProcess server = new ServerProcess(o.jar(), dataDir, o.serverOptions())) {
      server.start();
      String operator = server.operatorToken();
      String key = createKey(server, operator, "risk:evaluate");
      RiskTraffic traffic = new RiskTraffic(o.accounts(), Long.toString(System.nanoTime(), 36));
      Function<SplittableRandom, byte[]> evaluate =
          r -> RawHttp.post("/api/v1/risk/evaluate", key, traffic.next(r));
      byte[] scopes = RawHttp.get("/api/v1/admin/service-keys/scopes", operator);
      Function<SplittableRandom, byte[]> baseline = r -> scopes;

      closedLoop(server.port(), o.connections(), o.warmupSeconds(), evaluate);
      closedLoop(server.port(), o.connections(), Math.max(3, o.warmupSeconds() / 3), baseline);
      Result base = closedLoop(server.port(), o.connections(), o.seconds(), baseline);
      Result load = closedLoop(server.port(), o.connections(), o.seconds(), evaluate);
      Result paced = openLoop(server.port(), o.connections(), o.rate(), o.rateSeconds(), evaluate);

      int cores = Runtime.getRuntime().availableProcessors();
      System.out.println(
          String.join(
              "\n",
              "| figure | value |",
              "|---|---|",
              "| cores (shared by server, PostgreSQL and load generator) | %d |".formatted(cores),
              "| baseline: GET scopes (operator token), %d connections, %d s | %,.0f /s (%d ok, %d other), p50 / p99 %.2f / %.2f ms |"
                  .formatted(
                      o.connections(),
                      o.seconds(),
                      base.perSecond(),
                      base.ok(),
                      base.other(),
                      base.p50(),
                      base.p99()),
              "| evaluate, %d connections, %d s | %,.0f /s (%d ok, %d other), p50 / p99 %.2f / %.2f ms |"
                  .formatted(
                      o.connections(),
                      o.seconds(),
                      load.perSecond(),
                      load.ok(),
                      load.other(),
                      load.p50(),
                      load.p99()),
              "| ratio evaluate / baseline | %.2f |".formatted(load.perSecond() / base.perSecond()),
              "| evaluate offered at %,d /s for %d s | %,.0f /s done (%d ok, %d other) |"
                  .formatted(
                      o.rate(), o.rateSeconds(), paced.perSecond(), paced.ok(), paced.other()),
              "| latency from when due, p50 / p99 / p99.9 | %.2f / %.2f / %.2f ms |"
                  .formatted(paced.p50(), paced.p99(), paced.p999()),
              ""));
    } finally {
      ServerProcess.deleteTree(dataDir);
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
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 201) {
      throw new IllegalStateException("could not create a service key: " + reply.body());
    }
    return RiskTraffic.field(reply.body(), "secret");
  }

  /** Each connection sends its next request as soon as the last is answered. */
  static Result closedLoop(
      int port, int connections, int seconds, Function<SplittableRandom, byte[]> requests)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    return run(
        port,
        connections,
        seconds,
        (c, http, random, latencies) -> {
          long ok = 0;
          while (System.nanoTime() < end) {
            long started = System.nanoTime();
            ok += exchange(http, requests.apply(random)) ? 1 : 0;
            latencies.add(System.nanoTime() - started);
          }
          return ok;
        });
  }

  /** Calls are due at a fixed rate, spread over the connections; latency counts from when due. */
  static Result openLoop(
      int port, int connections, int rate, int seconds, Function<SplittableRandom, byte[]> requests)
      throws InterruptedException {
    long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    long end = begin + TimeUnit.SECONDS.toNanos(seconds);
    long interval = TimeUnit.SECONDS.toNanos(1) * connections / rate;
    return run(
        port,
        connections,
        seconds,
        (c, http, random, latencies) -> {
          long ok = 0;
          for (long due = begin + interval * c / connections; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
              LockSupport.parkNanos(wait);
            }
            ok += exchange(http, requests.apply(random)) ? 1 : 0;
            latencies.add(System.nanoTime() - due);
          }
          return ok;
        });
  }

  private interface Client {
    long drive(int connection, RawHttp http, SplittableRandom random, Latencies latencies);
  }

  private static final class Latencies {
    long[] values = new long[1 << 16];
    int count;

    void add(long nanos) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = nanos;
    }
  }

  private static Result run(int port, int connections, int seconds, Client client)
      throws InterruptedException {
    AtomicLong ok = new AtomicLong();
    List<Latencies> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Latencies mine = new Latencies();
      all.add(mine);
      int connection = c;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (RawHttp http = new RawHttp(port)) {
                      ok.addAndGet(
                          client.drive(connection, http, new SplittableRandom(connection), mine));
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    int total = all.stream().mapToInt(l -> l.count).sum();
    long[] merged = new long[total];
    int at = 0;
    for (Latencies l : all) {
      System.arraycopy(l.values, 0, merged, at, l.count);
      at += l.count;
    }
    Arrays.sort(merged);
    return new Result(
        ok.get() / (double) seconds,
        ok.get(),
        total - ok.get(),
        RiskTraffic.percentile(merged, total, 0.50),
        RiskTraffic.percentile(merged, total, 0.99),
        RiskTraffic.percentile(merged, total, 0.999));
  }

  private static boolean exchange(RawHttp http, byte[] request) {
    try {
      return http.send(request).status() == 200;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static Options parse(String[] args) throws java.io.IOException {
    Path jar = null;
    int accounts = 20_000;
    int connections = 32;
    int warmup = 20;
    int seconds = 30;
    int rate = 5_000;
    int rateSeconds = 30;
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
        case "--rate" -> rate = Integer.parseInt(value);
        case "--rate-seconds" -> rateSeconds = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
    return new Options(
        ServerProcess.jar(jar),
        accounts,
        connections,
        warmup,
        seconds,
        rate,
        rateSeconds,
        serverOptions);
  }
}
