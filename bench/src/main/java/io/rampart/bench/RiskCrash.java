package io.rampart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Proves that {@code kill -9} under load loses no acknowledged risk event: the server jar runs as
 * its own process; clients send {@code evaluate} calls and remember every one answered 200; the JVM
 * is killed mid-load (no shutdown hook runs, no profile is written); the server is started again on
 * the same data; then it checks that every acknowledged event is recorded with the assessment it
 * was answered with, that re-sending it changes nothing, and that every touched account's profile,
 * rebuilt at start, equals the replay of its recorded events from nothing.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.rampart.bench.RiskCrash [--jar PATH]
 * [--accounts N] [--connections N] [--seconds N]}. Exits 1 if anything is missing or differs.
 * Loopback only; bounded in time.
 */
public final class RiskCrash {
  private record Ack(
      String eventId, String account, String assessmentId, String decision, String json) {}

  public static void main(String[] args) throws Exception {
    Path jar = null;
    int accounts = 300;
    int connections = 16;
    int seconds = 20;
    String flushInterval = "10m";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[i + 1]);
        case "--accounts" -> accounts = Integer.parseInt(args[i + 1]);
        case "--connections" -> connections = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--flush-interval" -> flushInterval = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dataDir = Files.createTempDirectory("rampart-risk-crash");
    // By default profiles are written behind only every 10 minutes: at the kill, none of this
    // run's are. A short interval (--flush-interval 1s) kills it amid profile writes instead.
    List<String> options = List.of("--rampart.risk.flush-interval=" + flushInterval);
    int failures;
    try {
      ServerProcess first = new ServerProcess(ServerProcess.jar(jar), dataDir, options);
      first.start();
      String operator = first.operatorToken();
      String key = RiskLoad.createKey(first, operator, "risk:evaluate", "risk:read");
      RiskTraffic traffic = new RiskTraffic(accounts, Long.toString(System.nanoTime(), 36));
      ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
      AtomicInteger unanswered = new AtomicInteger();
      AtomicBoolean killed = new AtomicBoolean();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int seed = c;
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      SplittableRandom random = new SplittableRandom(seed);
                      try (RawHttp http = new RawHttp(first.port())) {
                        while (!killed.get()) {
                          String event = traffic.next(random);
                          try {
                            RawHttp.Response r =
                                http.send(RawHttp.post("/api/v1/risk/evaluate", key, event));
                            if (r.status() == 200) {
                              acks.add(
                                  new Ack(
                                      RiskTraffic.field(event, "eventId"),
                                      RiskTraffic.field(event, "accountId"),
                                      RiskTraffic.field(r.body(), "assessmentId"),
                                      RiskTraffic.field(r.body(), "decision"),
                                      event));
                            }
                          } catch (IOException e) {
                            unanswered.incrementAndGet();
                            return;
                          }
                        }
                      }
                    }));
      }
      TimeUnit.SECONDS.sleep(seconds);
      first.kill();
      killed.set(true);
      for (Thread t : clients) {
        t.join();
      }
      System.out.printf(
          "killed the server (kill -9) after %d s: %,d events acknowledged, %d calls in flight left unanswered%n",
          seconds, acks.size(), unanswered.get());

      long restartStarted = System.nanoTime();
      try (ServerProcess second = new ServerProcess(ServerProcess.jar(jar), dataDir, List.of())) {
        second.start();
        System.out.printf("restarted in %.1f s%n", (System.nanoTime() - restartStarted) / 1e9);
        failures = verify(second, operator, key, List.copyOf(acks));
      }
    } finally {
      ServerProcess.deleteTree(dataDir);
    }
    System.out.println(
        failures == 0 ? "PASS: nothing acknowledged was lost" : "FAIL: " + failures + " problems");
    System.exit(failures == 0 ? 0 : 1);
  }

  private static int verify(ServerProcess server, String operator, String key, List<Ack> acks)
      throws IOException {
    int failures = 0;
    Map<String, Integer> perAccount = new HashMap<>();
    try (RawHttp http = new RawHttp(server.port())) {
      for (Ack ack : acks) {
        perAccount.merge(ack.account(), 1, Integer::sum);
        RawHttp.Response stored =
            http.send(RawHttp.get("/api/v1/risk/assessments/" + ack.assessmentId(), key));
        if (stored.status() != 200
            || !ack.eventId().equals(RiskTraffic.field(stored.body(), "eventId"))
            || !ack.decision().equals(RiskTraffic.field(stored.body(), "decision"))) {
          failures++;
          System.out.println("missing or changed: " + ack + " -> " + stored);
        }
      }
      int duplicates = 0;
      for (Ack ack : acks.subList(0, Math.min(acks.size(), 2_000))) {
        RawHttp.Response again = http.send(RawHttp.post("/api/v1/risk/evaluate", key, ack.json()));
        if (again.status() == 200
            && "true".equals(RiskTraffic.field(again.body(), "duplicate"))
            && ack.assessmentId().equals(RiskTraffic.field(again.body(), "assessmentId"))) {
          duplicates++;
        } else {
          failures++;
          System.out.println("re-sent event not answered as a duplicate: " + again);
        }
      }
      int matching = 0;
      Set<String> touched = perAccount.keySet();
      for (String account : touched) {
        RawHttp.Response profile =
            http.send(RawHttp.get("/api/v1/admin/risk/accounts/" + account + "/profile", operator));
        long applied = Long.parseLong(RiskTraffic.field(profile.body(), "appliedEvents"));
        long recorded = Long.parseLong(RiskTraffic.field(profile.body(), "recordedEvents"));
        boolean matches = "true".equals(RiskTraffic.field(profile.body(), "matchesReplay"));
        if (profile.status() == 200
            && matches
            && applied == recorded
            && applied >= perAccount.get(account)) {
          matching++;
        } else {
          failures++;
          System.out.println("profile of " + account + " differs: " + profile.body());
        }
      }
      System.out.printf(
          "%,d acknowledged events found with their decisions; %,d re-sent answered as duplicates;"
              + " %d of %d profiles equal to a replay from nothing%n",
          acks.size() - failures, duplicates, matching, touched.size());
      System.out.println(
          "decisions acknowledged: "
              + acks.stream().collect(Collectors.groupingBy(Ack::decision, Collectors.counting())));
    }
    return failures;
  }
}
