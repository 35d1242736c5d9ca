package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link ThrottleStore} keeps. */
public abstract class ThrottleStoreContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
  private static final Duration WINDOW = Duration.ofHours(24);

  protected ThrottleStore store;

  protected abstract ThrottleStore newStore();

  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  private static String aKey() {
    return "account:" + UUID.randomUUID() + "@example.com";
  }

  @Test
  void findsNoStateForKeysWithoutFailures() {
    assertThat(store.find(List.of(aKey(), aKey()))).isEmpty();
  }

  @Test
  void countsFailuresAndKeepsTheLatestTime() {
    String key = aKey();

    store.recordFailure(key, T0, WINDOW);
    store.recordFailure(key, T0.plusSeconds(10), WINDOW);
    ThrottleStore.State third = store.recordFailure(key, T0.plusSeconds(20), WINDOW);

    assertThat(third).isEqualTo(new ThrottleStore.State(key, 3, T0.plusSeconds(20)));
    assertThat(store.find(List.of(key))).containsExactly(Map.entry(key, third));
  }

  @Test
  void findsOnlyTheKeysAskedFor() {
    String asked = aKey();
    String other = aKey();
    store.recordFailure(asked, T0, WINDOW);
    store.recordFailure(other, T0, WINDOW);

    assertThat(store.find(List.of(asked, aKey()))).containsOnlyKeys(asked);
  }

  @Test
  void restartsCountingAtOneAfterTheWindow() {
    String key = aKey();
    store.recordFailure(key, T0, WINDOW);
    store.recordFailure(key, T0.plusSeconds(1), WINDOW);

    ThrottleStore.State state =
        store.recordFailure(key, T0.plusSeconds(1).plus(WINDOW).plusSeconds(1), WINDOW);

    assertThat(state.failures()).isEqualTo(1);
  }

  @Test
  void keepsCountingWithinTheWindow() {
    String key = aKey();
    store.recordFailure(key, T0, WINDOW);

    ThrottleStore.State state = store.recordFailure(key, T0.plus(WINDOW).minusSeconds(1), WINDOW);

    assertThat(state.failures()).isEqualTo(2);
  }

  @Test
  void clearForgetsTheKeyOnly() {
    String cleared = aKey();
    String kept = aKey();
    store.recordFailure(cleared, T0, WINDOW);
    store.recordFailure(kept, T0, WINDOW);

    store.clear(cleared);

    assertThat(store.find(List.of(cleared, kept))).containsOnlyKeys(kept);
    assertThat(store.recordFailure(cleared, T0.plusSeconds(1), WINDOW).failures()).isEqualTo(1);
  }

  @Test
  void clearingAnUnknownKeyIsHarmless() {
    store.clear(aKey());
  }

  @Test
  void losesNoIncrementUnderConcurrency() throws Exception {
    String key = aKey();
    int threads = 8;
    int perThread = 25;

    Concurrently.run(
        threads,
        () -> {
          for (int i = 0; i < perThread; i++) {
            transactions().run(() -> store.recordFailure(key, T0, WINDOW));
          }
          return null;
        });

    assertThat(store.find(List.of(key)).get(key).failures()).isEqualTo(threads * perThread);
  }
}
