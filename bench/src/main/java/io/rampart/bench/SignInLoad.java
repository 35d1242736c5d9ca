package io.rampart.bench;

import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.PasswordHasher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-ins per second over real HTTP against a real server (the built jar, started as its own
 * process on loopback with an embedded PostgreSQL), set beside the Argon2id floor measured in the
 * same run: {@code cores / time of one verification}. Also compares the latency of a sign-in with
 * an unknown e-mail address to one with a wrong password, which must not tell them apart.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.rampart.bench.SignInLoad [--jar PATH]
 * [--accounts N] [--clients N] [--warmup-seconds N] [--seconds N] [--probes N]}. Every request goes
 * to 127.0.0.1; the run is bounded in time and stops the server it started.
 */
public final class SignInLoad {
  private static final String PASSWORD = "Tangerine-Harbour-Lantern-47";
  private static final Pattern TOKEN = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String operatorToken;

  private SignInLoad(String base, String operatorToken) {
    this.base = base;
    this.operatorToken = operatorToken;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path dataDir = Files.createTempDirectory("rampart-load");
    // One client address sends every request: lift the per-source and per-account limits so the
    // harness measures hashing, not throttling.
    List<String> settings =
        List.of(
            "--rampart.throttling.free-account-failures=1000000000",
            "--rampart.throttling.free-source-failures=1000000000",
            "--rampart.throttling.free-network-failures=1000000000");
    try (ServerProcess server = new ServerProcess(options.jar(), dataDir, settings)) {
      server.start();
      SignInLoad load = new SignInLoad(server.base(), server.operatorToken());
      List<String> accounts = load.createAccounts(options.accounts());
      double verifyMillis = argon2VerifyMillis();
      int cores = Runtime.getRuntime().availableProcessors();
      double floor = cores * 1000.0 / verifyMillis;

      load.signInLoop(accounts, options.clients(), Duration.ofSeconds(options.warmupSeconds()));
      Result result =
          load.signInLoop(accounts, options.clients(), Duration.ofSeconds(options.seconds()));
      Probes probes = load.enumerationProbes(accounts, options.probes());

      report(options, cores, verifyMillis, floor, result, probes);
    } finally {
      ServerProcess.deleteTree(dataDir);
    }
  }

  private static void report(
      Options options, int cores, double verifyMillis, double floor, Result r, Probes p) {
    String out =
        String.join(
            "\n",
            "| figure | value |",
            "|---|---|",
            "| cores | %d |".formatted(cores),
            "| Argon2id verification (19 MiB, t=2, p=1), median of 20, in-process | %.1f ms |"
                .formatted(verifyMillis),
            "| Argon2id floor: cores / verification time | %.1f sign-ins/s |".formatted(floor),
            "| sign-ins over HTTP, %d clients, %d s | %.1f /s (%d ok, %d other) |"
                .formatted(options.clients(), options.seconds(), r.perSecond(), r.ok(), r.other()),
            "| ratio to the floor | %.2f |".formatted(r.perSecond() / floor),
            "| sign-in latency p50 / p99 | %.1f / %.1f ms |".formatted(r.p50(), r.p99()),
            "| unknown e-mail, median of %d | %.2f ms |".formatted(p.count(), p.unknownMedian()),
            "| wrong password, median of %d | %.2f ms |".formatted(p.count(), p.wrongMedian()),
            "| unknown / wrong ratio | %.3f |".formatted(p.unknownMedian() / p.wrongMedian()),
            "");
    System.out.println(out);
  }

  private List<String> createAccounts(int count) throws Exception {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "load" + i + "@example.com";
      expect(post("/api/v1/accounts", credentials(email, PASSWORD)), 202);
      HttpResponse<String> outbox =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/outbox?limit=1"))
                  .header("Authorization", "Bearer " + operatorToken)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher token = TOKEN.matcher(outbox.body());
      if (!token.find()) {
        throw new IllegalStateException("no verification link in the outbox for " + email);
      }
      expect(
          post("/api/v1/accounts/email-verification", "{\"token\":\"" + token.group(1) + "\"}"),
          200);
      emails.add(email);
    }
    return emails;
  }

  private Result signInLoop(List<String> accounts, int clients, Duration length)
      throws InterruptedException {
    long deadline = System.nanoTime() + length.toNanos();
    AtomicLong ok = new AtomicLong();
    AtomicLong other = new AtomicLong();
    List<List<Double>> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Double> mine = new ArrayList<>();
      latencies.add(mine);
      int offset = c;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = offset; System.nanoTime() < deadline; i += clients) {
                      String email = accounts.get(i % accounts.size());
                      long start = System.nanoTime();
                      int status = statusOf(credentials(email, PASSWORD));
                      mine.add((System.nanoTime() - start) / 1e6);
                      (status == 201 ? ok : other).incrementAndGet();
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double[] all = latencies.stream().flatMap(List::stream).mapToDouble(d -> d).sorted().toArray();
    return new Result(
        ok.get() / (length.toNanos() / 1e9),
        ok.get(),
        other.get(),
        percentile(all, 0.50),
        percentile(all, 0.99));
  }

  private Probes enumerationProbes(List<String> accounts, int count) {
    double[] unknown = new double[count];
    double[] wrong = new double[count];
    for (int i = 0; i < count; i++) {
      unknown[i] = timed(credentials("nobody" + i + "@example.com", PASSWORD));
      wrong[i] = timed(credentials(accounts.get(i % accounts.size()), PASSWORD + "x"));
    }
    Arrays.sort(unknown);
    Arrays.sort(wrong);
    return new Probes(count, percentile(unknown, 0.5), percentile(wrong, 0.5));
  }

  private double timed(String body) {
    long start = System.nanoTime();
    int status = statusOf(body);
    if (status != 401) {
      throw new IllegalStateException("a probe expected 401, got " + status);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private int statusOf(String body) {
    try {
      return post("/api/v1/sessions", body).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("User-Agent", "rampart-load/1")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "expected " + status + " but got " + response.statusCode() + ": " + response.body());
    }
  }

  static double argon2VerifyMillis() {
    PasswordHasher hasher = PasswordHasher.argon2id(Argon2Parameters.owaspMinimum());
    String encoded = hasher.hash(PASSWORD.toCharArray());
    double[] millis = new double[20];
    for (int i = -5; i < millis.length; i++) {
      long start = System.nanoTime();
      hasher.verify(encoded, PASSWORD.toCharArray());
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    return percentile(millis, 0.5);
  }

  static double percentile(double[] sorted, double fraction) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private record Result(double perSecond, long ok, long other, double p50, double p99) {}

  private record Probes(int count, double unknownMedian, double wrongMedian) {}

  private record Options(
      Path jar, int accounts, int clients, int warmupSeconds, int seconds, int probes) {
    static Options parse(String[] args) throws IOException {
      Path jar = null;
      int accounts = 32;
      int clients = 4;
      int warmup = 10;
      int seconds = 30;
      int probes = 200;
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--jar" -> jar = Path.of(value);
          case "--accounts" -> accounts = Integer.parseInt(value);
          case "--clients" -> clients = Integer.parseInt(value);
          case "--warmup-seconds" -> warmup = Integer.parseInt(value);
          case "--seconds" -> seconds = Integer.parseInt(value);
          case "--probes" -> probes = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(ServerProcess.jar(jar), accounts, clients, warmup, seconds, probes);
    }
  }
}
