package io.rampart.identity.internal;

import io.rampart.identity.ThrottleStore;
import io.rampart.kernel.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Hourly caps on the throttle store: wrong second-factor proofs, and e-mailed codes. Like sign-in's
 * throttle, it counts first and settles after ({@link ThrottleStore#reserve}), so concurrent
 * attempts cannot get past the cap together. Once a key has its limit within the hour, it refuses
 * until an hour after the last counted one.
 *
 * <p>Wrong proofs are counted on separate budgets, so that whoever can reach one cannot use up
 * another and lock the owner out:
 *
 * <ul>
 *   <li>{@linkplain #stepUpKey step-up}: proofs inside a session of the account (step-ups and the
 *       confirmation of an app set-up), which only a holder of such a session can spend;
 *   <li>{@linkplain #signInKey sign-in}, per device the account knows: a device that signed in to
 *       the account before has its own budget, which an attacker can only spend with its device
 *       token;
 *   <li>{@linkplain #signInKey sign-in} from any other device, and passkey sign-ins from one: the
 *       account's shared budget, which anyone with the password (or a passkey's credential id) can
 *       spend.
 * </ul>
 *
 * Each budget allows {@link io.rampart.identity.MfaSettings#maxFailuresPerHour} wrong proofs an
 * hour, so an attacker with the password gets no more guesses than before, while the owner's known
 * devices and sessions keep theirs. The budgets are deliberately not split by source network: that
 * would hand an attacker with many networks a budget per network, and a cap across networks on top
 * would be one they could use up again. Recovery codes count on no budget at all.
 */
final class ProofThrottle {
  static final Duration HOUR = Duration.ofHours(1);
  private static final String PROOF = "mfa-proof:";

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

  /** The budget of wrong proofs inside the account's sessions: step-ups, app confirmation. */
  static String stepUpKey(AccountId account) {
    return PROOF + "step-up:" + account;
  }

  /**
   * The budget of wrong proofs at sign-in.
   *
   * @param knownDeviceHash the hash of the device token, if the account knows that device; else
   *     {@code null}, for the budget every other device shares
   */
  static String signInKey(AccountId account, String knownDeviceHash) {
    return knownDeviceHash == null
        ? PROOF + "sign-in:" + account
        : PROOF + "device:" + account + ":" + knownDeviceHash;
  }

  /**
   * Which budget a key is, for the audit trail: {@code step-up}, {@code sign-in}, {@code device}.
   */
  static String budgetName(String key) {
    String rest = key.substring(PROOF.length());
    return rest.substring(0, rest.indexOf(':'));
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
