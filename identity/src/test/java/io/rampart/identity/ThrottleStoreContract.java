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

  @Test
  void reservesOnAFreshKeyFromNoState() {
    String key = aKey();

    ThrottleStore.Reservation reservation = store.reserve(key, T0, WINDOW);

    assertThat(reservation)
        .isEqualTo(new ThrottleStore.Reservation(key, null, new ThrottleStore.State(key, 1, T0)));
    assertThat(store.find(List.of(key))).containsExactly(Map.entry(key, reservation.after()));
  }

  @Test
  void reservesLikeAFailureAndTellsTheStateBefore() {
    String key = aKey();
    ThrottleStore.State first = store.recordFailure(key, T0, WINDOW);

    ThrottleStore.Reservation reservation = store.reserve(key, T0.plusSeconds(5), WINDOW);

    assertThat(reservation.before()).isEqualTo(first);
    assertThat(reservation.after()).isEqualTo(new ThrottleStore.State(key, 2, T0.plusSeconds(5)));
  }

  @Test
  void tellsTheOldStateWhenAReservationRestartsTheWindow() {
    String key = aKey();
    store.recordFailure(key, T0, WINDOW);
    Instant later = T0.plus(WINDOW).plusSeconds(1);

    ThrottleStore.Reservation reservation = store.reserve(key, later, WINDOW);

    assertThat(reservation.before()).isEqualTo(new ThrottleStore.State(key, 1, T0));
    assertThat(reservation.after()).isEqualTo(new ThrottleStore.State(key, 1, later));
  }

  @Test
  void releaseRestoresTheStateBeforeWhenNothingElseWasCounted() {
    String key = aKey();
    ThrottleStore.State failed = store.recordFailure(key, T0, WINDOW);

    store.release(store.reserve(key, T0.plusSeconds(30), WINDOW));

    assertThat(store.find(List.of(key))).containsExactly(Map.entry(key, failed));
  }

  @Test
  void releaseOfTheOnlyCountLeavesTheKeyWithoutState() {
    String key = aKey();

    store.release(store.reserve(key, T0, WINDOW));

    assertThat(store.find(List.of(key))).isEmpty();
    assertThat(store.reserve(key, T0.plusSeconds(1), WINDOW).before()).isNull();
  }

  @Test
  void releaseGivesBackOneCountAndKeepsTheNewestTimeWhenOthersWereCountedMeanwhile() {
    String key = aKey();
    store.recordFailure(key, T0, WINDOW);
    ThrottleStore.Reservation mine = store.reserve(key, T0.plusSeconds(1), WINDOW);
    store.recordFailure(key, T0.plusSeconds(2), WINDOW);

    store.release(mine);

    assertThat(store.find(List.of(key)).get(key))
        .isEqualTo(new ThrottleStore.State(key, 2, T0.plusSeconds(2)));
  }

  @Test
  void releasesInAnyOrderLeaveOnlyTheFailuresKept() {
    String key = aKey();
    ThrottleStore.Reservation first = store.reserve(key, T0, WINDOW);
    ThrottleStore.Reservation second = store.reserve(key, T0.plusSeconds(1), WINDOW);

    store.release(first);
    store.release(second);

    assertThat(store.find(List.of(key))).isEmpty();
  }

  @Test
  void releaseAfterAClearLeavesTheKeyWithoutState() {
    String key = aKey();
    ThrottleStore.Reservation reservation = store.reserve(key, T0, WINDOW);
    store.clear(key);

    store.release(reservation);

    assertThat(store.find(List.of(key))).isEmpty();
  }

  @Test
  void concurrentReservationsOnOneKeySeeDistinctCountsBefore() throws Exception {
    String key = aKey();
    int threads = 16;

    List<ThrottleStore.Reservation> reservations =
        Concurrently.run(
            threads, () -> transactions().inTransaction(() -> store.reserve(key, T0, WINDOW)));

    assertThat(reservations)
        .extracting(r -> r.before() == null ? 0 : r.before().failures())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.range(0, threads).boxed().toList());
    assertThat(store.find(List.of(key)).get(key).failures()).isEqualTo(threads);
  }

  @Test
  void concurrentReservationsAllGivenBackLeaveNoCount() throws Exception {
    String key = aKey();
    ThrottleStore.State kept = store.recordFailure(key, T0, WINDOW);

    Concurrently.run(
        12,
        () -> {
          for (int i = 0; i < 10; i++) {
            ThrottleStore.Reservation r =
                transactions().inTransaction(() -> store.reserve(key, T0, WINDOW));
            transactions().run(() -> store.release(r));
          }
          return null;
        });

    assertThat(store.find(List.of(key))).containsExactly(Map.entry(key, kept));
  }
}
