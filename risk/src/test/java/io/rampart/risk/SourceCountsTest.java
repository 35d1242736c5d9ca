package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SourceCountsTest {
  static final String AT = "2026-01-01T10:00:00Z";
  static final int MINUTE = Profile.minuteOf(Instant.parse(AT));

  static SourceKeys keys(String ip, IpFacts facts) {
    return SourceKeys.of(ip, facts);
  }

  static void feed(SourceCounts counts, RiskEvent.SignInAttempt e, IpFacts facts) {
    counts.observe(e, context(e, facts, SourceStats.NONE));
  }

  static byte[] bytes(SourceCounts counts) {
    var out = new ByteArrayOutputStream();
    try {
      counts.writeTo(new DataOutputStream(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void countsFailuresSuccessesAndFailedAccountsPerIpNetworkAndAs() {
    var counts = sourceCounts("203.0.113.9", BERLIN, AT, 12, 4, 3);
    var ip = keys("203.0.113.9", BERLIN);
    for (SourceKind kind : SourceKind.values()) {
      assertThat(counts.failures(ip.key(kind), MINUTE)).as(kind.name()).isEqualTo(12);
      assertThat(counts.successes(ip.key(kind), MINUTE)).as(kind.name()).isEqualTo(3);
      assertThat(counts.failedAccounts(ip.key(kind), MINUTE)).as(kind.name()).isEqualTo(4);
    }
    var neighbour = keys("203.0.113.10", BERLIN);
    assertThat(counts.failures(neighbour.ip(), MINUTE)).isZero();
    assertThat(counts.failures(neighbour.network(), MINUTE)).isEqualTo(12);
    var elsewhere = keys("192.0.2.1", SINGAPORE);
    for (SourceKind kind : SourceKind.values()) {
      assertThat(counts.failures(elsewhere.key(kind), MINUTE)).isZero();
      assertThat(counts.failedAccounts(elsewhere.key(kind), MINUTE)).isZero();
    }
    assertThat(counts.failures(FeatureKey.ABSENT, MINUTE)).isZero();
  }

  @Test
  void countsOnlySignInsWithAKnownSource() {
    var counts = new SourceCounts();
    feed(counts, attempt("a", AT, null, false), IpFacts.UNKNOWN);
    counts.observe(withdrawal(AT, 100, "x"), context(BERLIN));
    assertThat(bytes(counts)).isEqualTo(bytes(new SourceCounts()));
    feed(counts, attempt("a", AT, null, false), BERLIN);
    assertThat(counts.failures(keys(null, BERLIN).asn(), MINUTE)).isEqualTo(1);
  }

  @Test
  void forgetsAttemptsOnceTheyLeaveTheHour() {
    var counts = sourceCounts("203.0.113.9", BERLIN, AT, 5, 5, 0);
    long ip = keys("203.0.113.9", BERLIN).ip();
    assertThat(counts.failures(ip, MINUTE + 55)).isEqualTo(5);
    assertThat(counts.failures(ip, MINUTE + SourceCounts.WINDOW_MINUTES)).isZero();
    assertThat(counts.failedAccounts(ip, MINUTE + SourceCounts.WINDOW_MINUTES)).isZero();
    assertThat(counts.failures(ip, MINUTE - 5)).as("not yet in a window ending earlier").isZero();

    feed(counts, attempt("b", "2026-01-01T11:00:00Z", "203.0.113.9", false), BERLIN);
    feed(counts, attempt("c", "2026-01-01T10:01:00Z", "203.0.113.9", false), BERLIN);
    assertThat(counts.failures(ip, MINUTE + 60)).as("the old slot was cleared").isEqualTo(1);
    assertThat(counts.failures(ip, MINUTE + 1)).as("an attempt older than its slot").isZero();
  }

  @Test
  void theStateDoesNotDependOnTheOrderOfAttempts() {
    var random = new Random(7);
    List<RiskEvent.SignInAttempt> attempts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      attempts.add(
          attempt(
              "acct-" + random.nextInt(500),
              Instant.parse(AT).plusSeconds(random.nextInt(3 * 3600)).toString(),
              "198.51." + random.nextInt(4) + "." + random.nextInt(40),
              random.nextInt(4) == 0));
    }
    var inOrder = new SourceCounts();
    attempts.forEach(a -> feed(inOrder, a, BERLIN));
    Collections.shuffle(attempts, random);
    var shuffled = new SourceCounts();
    attempts.forEach(a -> feed(shuffled, a, BERLIN));
    assertThat(bytes(shuffled)).isEqualTo(bytes(inOrder));
  }

  @Test
  void readsBackWhatItWroteAndRefusesAnythingElse() throws IOException {
    var counts = sourceCounts("2001:db8:1:2::a", SINGAPORE, AT, 30, 20, 4);
    byte[] written = bytes(counts);
    var read = SourceCounts.readFrom(new DataInputStream(new ByteArrayInputStream(written)));
    assertThat(bytes(read)).isEqualTo(written);
    long network = keys("2001:db8:1:2::b", SINGAPORE).network();
    assertThat(read.failedAccounts(network, MINUTE))
        .isEqualTo(counts.failedAccounts(network, MINUTE));

    written[1] ^= 1;
    assertThatThrownBy(
            () -> SourceCounts.readFrom(new DataInputStream(new ByteArrayInputStream(written))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void takesBackCountsButKeepsTheAccountsThatFailed() {
    var counts = sourceCounts("203.0.113.9", BERLIN, AT, 3, 3, 1);
    var e = attempt("late", AT, "203.0.113.9", false);
    var attempt = SourceCounts.attemptOf(e, context(e, BERLIN, SourceStats.NONE));
    counts.add(attempt);
    long ip = keys("203.0.113.9", BERLIN).ip();
    assertThat(counts.failures(ip, MINUTE)).isEqualTo(4);
    counts.takeBack(attempt);
    assertThat(counts.failures(ip, MINUTE)).isEqualTo(3);
    assertThat(counts.successes(ip, MINUTE)).isEqualTo(1);
    assertThat(counts.failedAccounts(ip, MINUTE)).isEqualTo(3);
  }

  @Test
  void estimatesManyFailedAccountsWithinTheirErrorAndNeverAboveTheFailures() {
    var counts = sourceCounts("203.0.113.9", BERLIN, AT, 50, 50, 0);
    long ip = keys("203.0.113.9", BERLIN).ip();
    assertThat(counts.failedAccounts(ip, MINUTE)).isBetween(40, 50);
    var many = sourceCounts("203.0.113.9", BERLIN, AT, 2000, 2000, 0);
    assertThat(many.failedAccounts(ip, MINUTE)).isEqualTo(SourceCounts.SATURATED);
    var few = sourceCounts("203.0.113.9", BERLIN, AT, 2, 2, 0);
    assertThat(few.failedAccounts(ip, MINUTE)).isEqualTo(2);
  }

  @Test
  void keepsOtherSourcesCountsNearZeroUnderABusyHour() {
    var counts = new SourceCounts();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      var ip = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
      var facts = place("ZZ", 1000 + i % 700, 0, 0);
      var e = attempt("acct-" + i, AT, ip, false);
      counts.observe(e, context(e, facts, SourceStats.NONE));
    }
    double bound = 3.0 * n / SourceCounts.WIDTH;
    long excess = 0;
    int beyond = 0;
    for (int i = 0; i < 1000; i++) {
      var other = keys("192.0.2." + (i & 255), place("YY", 9000 + i, 0, 0));
      int over = counts.failures(i % 2 == 0 ? other.ip() : other.asn(), MINUTE);
      excess += over;
      beyond += over > Math.E * bound ? 1 : 0;
    }
    assertThat(excess / 1000.0).isLessThanOrEqualTo(bound);
    assertThat(beyond / 1000.0).isLessThanOrEqualTo(Math.exp(-SourceCounts.DEPTH));
  }

  @Test
  void countsEveryAttemptFedFromSeveralThreads() throws InterruptedException {
    var counts = new SourceCounts();
    int threads = 4;
    int each = 5000;
    var start = new CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      running.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    for (int i = 0; i < each; i++) {
                      var at = Instant.parse(AT).plusSeconds(i % 600).toString();
                      feed(
                          counts,
                          attempt("t" + thread + "-" + i, at, "203.0.113.9", i % 5 == 0),
                          BERLIN);
                    }
                  }));
    }
    start.countDown();
    for (Thread t : running) {
      t.join();
    }
    long ip = keys("203.0.113.9", BERLIN).ip();
    assertThat(counts.failures(ip, MINUTE + 10)).isEqualTo(threads * each * 4 / 5);
    assertThat(counts.successes(ip, MINUTE + 10)).isEqualTo(threads * each / 5);
  }
}
