package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings.Throttling;
import io.rampart.identity.InMemoryThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final EmailAddress EMAIL = new EmailAddress("owner@example.com");
  private final Throttling settings =
      new Throttling(2, 4, 8, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1));
  private final InMemoryThrottleStore store = new InMemoryThrottleStore();
  private final Throttle throttle = new Throttle(store, settings);

  @Test
  void doublesTheDelayForEachExtraFailureUpToTheMaximum() {
    assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.delay(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.delay(5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(throttle.delay(1_000_000)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void countsAnAttemptUnderAccountIpAndNetwork() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, "198.51.100.9");

    assertThat(keys)
        .containsExactly(
            new Throttle.Key("account:owner@example.com", 2),
            new Throttle.Key("ip:198.51.100.9", 4),
            new Throttle.Key("net:198.51.100.0/24", 8));
  }

  @Test
  void countsAKnownDeviceUnderItsOwnKeyAlone() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), "abc123", "198.51.100.9");

    assertThat(keys).containsExactly(new Throttle.Key("device:abc123", 2));
  }

  @Test
  void allowsTheFreeFailures() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, null);
    fail(keys, T0);
    fail(keys, T0);

    assertThat(throttle.blockedFor(keys, T0)).isEmpty();
  }

  @Test
  void blocksFromTheLastFailureForTheCurrentDelay() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, null);
    for (int i = 0; i < 4; i++) {
      fail(keys, T0);
    }

    assertThat(throttle.blockedFor(keys, T0)).contains(Duration.ofSeconds(2));
    assertThat(throttle.blockedFor(keys, T0.plusMillis(1500))).contains(Duration.ofMillis(500));
    assertThat(throttle.blockedFor(keys, T0.plusSeconds(2))).isEmpty();
  }

  @Test
  void answersTheLongestWaitAmongTheKeys() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, "198.51.100.9");
    for (int i = 0; i < 7; i++) {
      fail(List.of(keys.get(1)), T0);
    }
    for (int i = 0; i < 3; i++) {
      fail(List.of(keys.get(0)), T0);
    }

    assertThat(throttle.blockedFor(keys, T0)).contains(Duration.ofSeconds(4));
  }

  @Test
  void forgetsFailuresOlderThanTheWindow() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, null);
    for (int i = 0; i < 20; i++) {
      fail(keys, T0);
    }
    Throttling longDelays =
        new Throttling(2, 4, 8, Duration.ofHours(1), Duration.ofDays(1), Duration.ofHours(2));
    Throttle slow = new Throttle(store, longDelays);

    assertThat(slow.blockedFor(keys, T0.plus(Duration.ofHours(2)))).isPresent();
    assertThat(slow.blockedFor(keys, T0.plus(Duration.ofHours(2)).plusSeconds(1))).isEmpty();
  }

  @Test
  void clearsAccountAndDeviceButGivesBackOnlyThisAttemptOnSourcesAfterSuccess() {
    fail(throttle.keysFor(Optional.of(EMAIL), null, "198.51.100.9"), T0);
    fail(throttle.keysFor(Optional.of(EMAIL), "dev", null), T0);

    throttle.count(throttle.keysFor(Optional.of(EMAIL), "dev", "198.51.100.9"), T0).settleSuccess();
    throttle.count(throttle.keysFor(Optional.of(EMAIL), null, null), T0).settleSuccess();

    assertThat(store.all()).containsOnlyKeys("ip:198.51.100.9", "net:198.51.100.0/24");
    assertThat(store.all().get("ip:198.51.100.9").failures()).isEqualTo(1);
  }

  @Test
  void judgesACountedAttemptByTheStateBeforeItsOwnCount() {
    List<Throttle.Key> keys = throttle.keysFor(Optional.of(EMAIL), null, null);
    fail(keys, T0);
    fail(keys, T0);

    CountedAttempt third = throttle.count(keys, T0);
    CountedAttempt fourth = throttle.count(keys, T0);

    assertThat(third.blockedUntil(T0)).isEmpty();
    assertThat(fourth.blockedUntil(T0))
        .containsExactly(java.util.Map.entry("account:owner@example.com", T0.plusSeconds(1)));
  }

  private void fail(List<Throttle.Key> keys, Instant at) {
    for (Throttle.Key key : keys) {
      store.recordFailure(key.name(), at, settings.window());
    }
  }
}
