package io.rampart.identity.internal;

import io.rampart.identity.ThrottleStore;
import io.rampart.kernel.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Hourly caps per account, on the throttle store: wrong second-factor proofs, and e-mailed codes.
 * Like sign-in's throttle, it counts first and settles after ({@link ThrottleStore#reserve}), so
 * concurrent attempts cannot get past the cap together. Once a key has its limit within the hour,
 * it refuses until an hour after the last counted one.
 */
final class ProofThrottle {
  static final Duration HOUR = Duration.ofHours(1);

  private final Context context;

  ProofThrottle(Context context) {
    this.context = context;
  }

  /** A counted attempt, or the wait if the key was already at its limit. */
  record Counted(ThrottleStore.Reservation reservation, Duration blockedFor) {
    boolean blocked() {
      return blockedFor != null;
    }
  }

  static String proofKey(AccountId account) {
    return "mfa-proof:" + account;
  }

  static String mailKey(AccountId account) {
    return "mfa-mail:" + account;
  }

  /** Counts one attempt on {@code key}; a blocked one is given back at once. */
  Counted count(String key, int limit, Instant now) {
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              ThrottleStore.Reservation reservation =
                  context.ports().throttles().reserve(key, now, HOUR);
              Optional<Duration> wait = waitAfter(reservation.before(), limit, now);
              if (wait.isPresent()) {
                context.ports().throttles().release(reservation);
                return new Counted(null, wait.get());
              }
              return new Counted(reservation, null);
            });
  }

  /** Gives a counted attempt back (it was no failure); joins the caller's transaction. */
  void giveBack(Counted counted) {
    if (counted != null && counted.reservation() != null) {
      context.ports().throttles().release(counted.reservation());
    }
  }

  private static Optional<Duration> waitAfter(ThrottleStore.State state, int limit, Instant now) {
    if (state == null || state.failures() < limit) {
      return Optional.empty();
    }
    Instant until = state.lastFailureAt().plus(HOUR);
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }
}
