package io.rampart.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FixedDelayLoopTest {

  @Test
  void runsTheTaskAgainAndAgainOnItsNamedDaemonThreadUntilStopped() throws InterruptedException {
    var runs = new CountDownLatch(3);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    var loop =
        new FixedDelayLoop(
            "rampart-test-loop",
            () -> {
              threads.add(Thread.currentThread().getName() + Thread.currentThread().isDaemon());
              runs.countDown();
            });

    assertThat(loop.start(Duration.ZERO, Duration.ofMillis(1))).isTrue();
    assertThat(runs.await(30, TimeUnit.SECONDS)).isTrue();
    loop.stop();

    assertThat(threads).containsExactly("rampart-test-looptrue");
    assertThat(loop.isRunning()).isFalse();
  }

  @Test
  void startsOnceAndStopsIdempotently() {
    var loop = new FixedDelayLoop("rampart-test-loop", () -> {});

    assertThat(loop.start(Duration.ofHours(1), Duration.ofHours(1))).isTrue();
    assertThat(loop.start(Duration.ofHours(1), Duration.ofHours(1))).isFalse();
    assertThat(loop.isRunning()).isTrue();
    loop.stop();
    loop.stop();
    assertThat(loop.isRunning()).isFalse();
    assertThat(loop.start(Duration.ofHours(1), Duration.ofHours(1))).isTrue();
    loop.stop();
  }
}
