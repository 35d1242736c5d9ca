package io.rampart.identity.internal;

import io.rampart.identity.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An attempt already counted on its throttle keys, waiting to be settled: a failure keeps the
 * counts (nothing more to do); an attempt refused before verifying, or one that was not a failure,
 * gives them back ({@link #giveBack}); a correct password clears the account's and device's keys
 * and gives back the rest ({@link #settleSuccess}). Settle it inside a transaction. An attempt that
 * ends in an exception stays counted, which errs towards throttling.
 *
 * <p>Keys are counted, given back and cleared in the order {@link Throttle#keysFor} lists them (a
 * known device alone, or the account, then IP, then network); a transaction that clears an
 * account's key as well clears it first, so concurrent transactions lock keys in one order and
 * cannot deadlock.
 */
final class CountedAttempt {
  private final Throttle throttle;
  private final List<Throttle.Key> keys;
  private final List<ThrottleStore.Reservation> reservations;

  CountedAttempt(
      Throttle throttle, List<Throttle.Key> keys, List<ThrottleStore.Reservation> reservations) {
    this.throttle = throttle;
    this.keys = List.copyOf(keys);
    this.reservations = List.copyOf(reservations);
  }

  /**
   * Each key that blocked this attempt, judged by its state before the attempt was counted, with
   * the time it blocks until. Empty if the attempt may go on.
   */
  Map<String, Instant> blockedUntil(Instant now) {
    Map<String, Instant> blocking = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Duration wait = throttle.waitFor(keys.get(i), reservations.get(i).before(), now);
      if (wait.isPositive()) {
        blocking.put(keys.get(i).name(), now.plus(wait));
      }
    }
    return blocking;
  }

  /** The longest wait among {@link #blockedUntil}, or empty if the attempt may go on. */
  static Optional<Duration> longestWait(Map<String, Instant> blockedUntil, Instant now) {
    return blockedUntil.values().stream()
        .max(Instant::compareTo)
        .map(until -> Duration.between(now, until));
  }

  /** A wait in whole seconds, rounded up, as {@code Retry-After} and the audit trail give it. */
  static long secondsRoundedUp(Duration wait) {
    return wait.getNano() == 0 ? wait.getSeconds() : wait.getSeconds() + 1;
  }

  void giveBack() {
    reservations.forEach(throttle.store()::release);
  }

  void settleSuccess() {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).ofIdentity()) {
        throttle.store().clear(keys.get(i).name());
      } else {
        throttle.store().release(reservations.get(i));
      }
    }
  }
}
