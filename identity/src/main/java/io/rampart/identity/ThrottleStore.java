package io.rampart.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counts recent failed attempts per key (an account, a device, an IP, a network). Callers count an
 * attempt first ({@link #reserve}) and settle it once its outcome is known: a failure keeps the
 * count, anything else gives it back ({@link #release}) or forgets the key ({@link #clear}).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Every method joins the caller's transaction; arguments are never {@code null}.
 *   <li>{@link #recordFailure} and {@link #reserve} are atomic under concurrency: no increment is
 *       lost, and of N concurrent reservations on one key each sees a different state before its
 *       own increment (their {@code before} counts are N distinct values).
 *   <li>{@link #release} gives back at most one count per reservation.
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface ThrottleStore {

  /**
   * @param failures consecutive failures counted since the window restarted
   * @param lastFailureAt the newest of them
   */
  record State(String key, int failures, Instant lastFailureAt) {}

  /**
   * One counted attempt.
   *
   * @param before the key's state just before this attempt was counted, or {@code null} if it had
   *     none
   * @param after the state this attempt left
   */
  record Reservation(String key, State before, State after) {}

  /** The states of those keys that have any; absent keys have no failures. */
  Map<String, State> find(Collection<String> keys);

  /**
   * Counts one failure. If the key's last failure is older than {@code window}, counting restarts
   * at one.
   *
   * @return the new state
   */
  State recordFailure(String key, Instant at, Duration window);

  /**
   * Counts one attempt exactly as {@link #recordFailure} does, and returns the state before and
   * after it, read and written atomically.
   */
  Reservation reserve(String key, Instant at, Duration window);

  /**
   * Gives back the attempt a {@link #reserve} counted. If the key is still exactly in the state the
   * reservation left (nothing else was counted meanwhile), the state before it is restored, its
   * last failure time included, and a key that had no state is removed. Otherwise the count goes
   * down by one, keeping the last failure time, and a key left with no failures is removed; a key
   * that no longer exists stays absent. (If the key was cleared and counted again between the
   * reservation and its release, one of the new counts is given back instead: only an account's or
   * device's key is ever cleared, and only after a correct password.)
   */
  void release(Reservation reservation);

  void clear(String key);
}
