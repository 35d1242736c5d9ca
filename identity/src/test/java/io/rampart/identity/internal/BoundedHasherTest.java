package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.identity.IdentitySettings.HashingLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedHasherTest {
  private final BlockingHasher slow = new BlockingHasher();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    slow.releaseAll();
    pool.shutdownNow();
  }

  private static void awaitWaiting(BoundedHasher hasher, int count) throws InterruptedException {
    for (int i = 0; i < 3000 && hasher.waiting() < count; i++) {
      Thread.sleep(10);
    }
    assertThat(hasher.waiting()).isEqualTo(count);
  }

  @Test
  void refusesAtOnceWhenEverySlotAndWaitingPlaceIsTaken() throws Exception {
    BoundedHasher hasher = new BoundedHasher(slow, new HashingLimits(2, 1, Duration.ofMinutes(1)));
    List<Future<Optional<String>>> admitted = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      admitted.add(pool.submit(() -> hasher.hash("pw".toCharArray())));
    }
    slow.awaitInside(2);
    admitted.add(pool.submit(() -> hasher.hash("pw".toCharArray())));
    awaitWaiting(hasher, 1);

    Optional<String> refused = hasher.hash("pw".toCharArray());
    BoundedHasher.Verdict refusedVerify = hasher.verify("hash:pw", "pw".toCharArray());
    slow.releaseAll();

    assertThat(refused).isEmpty();
    assertThat(refusedVerify).isEqualTo(BoundedHasher.Verdict.REFUSED);
    for (Future<Optional<String>> future : admitted) {
      assertThat(future.get(30, TimeUnit.SECONDS)).contains("hash:pw");
    }
    assertThat(slow.completed()).isEqualTo(3);
  }

  @Test
  void refusesAWaiterWhoseWaitRunsOut() throws Exception {
    BoundedHasher hasher = new BoundedHasher(slow, new HashingLimits(1, 5, Duration.ofMillis(20)));
    Future<Optional<String>> holder = pool.submit(() -> hasher.hash("pw".toCharArray()));
    slow.awaitInside(1);

    Optional<String> timedOut = hasher.hash("pw".toCharArray());
    slow.releaseAll();

    assertThat(timedOut).isEmpty();
    assertThat(holder.get(30, TimeUnit.SECONDS)).isPresent();
    assertThat(hasher.waiting()).isZero();
  }

  @Test
  void admitsWaitersAsSlotsFreeUp() throws Exception {
    BoundedHasher hasher = new BoundedHasher(slow, new HashingLimits(1, 4, Duration.ofMinutes(1)));
    List<Future<BoundedHasher.Verdict>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(pool.submit(() -> hasher.verify("hash:pw", "pw".toCharArray())));
    }
    slow.awaitInside(1);
    awaitWaiting(hasher, 4);

    slow.releaseAll();

    for (Future<BoundedHasher.Verdict> call : calls) {
      assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(BoundedHasher.Verdict.MATCH);
    }
    assertThat(slow.completed()).isEqualTo(5);
    assertThat(hasher.waiting()).isZero();
  }

  @Test
  void reportsMismatchAsAVerdict() {
    slow.releaseAll();
    BoundedHasher hasher = new BoundedHasher(slow, new HashingLimits(1, 0, Duration.ofSeconds(1)));

    assertThat(hasher.verify("hash:pw", "other".toCharArray()))
        .isEqualTo(BoundedHasher.Verdict.MISMATCH);
  }

  @Test
  void freesTheSlotWhenTheHasherFails() {
    BoundedHasher hasher =
        new BoundedHasher(new FailingOnceHasher(), new HashingLimits(1, 0, Duration.ofSeconds(1)));

    assertThatThrownBy(() -> hasher.hash("pw".toCharArray()))
        .isInstanceOf(IllegalStateException.class);

    assertThat(hasher.hash("pw".toCharArray())).contains("ok");
  }
}
