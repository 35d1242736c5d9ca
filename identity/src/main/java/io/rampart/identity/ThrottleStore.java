package io.rampart.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counts recent sign-in failures per key (an account, a device, an IP, a network). Contract: joins
 * the caller's transaction; {@link #recordFailure} is atomic under concurrency (no lost
 * increments). Thread-safe.
 */
public interface ThrottleStore {

  /**
   * @param failures consecutive failures counted since the window restarted
   * @param lastFailureAt the newest of them
   */
  record State(String key, int failures, Instant lastFailureAt) {}

  /** The states of those keys that have any; absent keys have no failures. */
  Map<String, State> find(Collection<String> keys);

  /**
   * Counts one failure. If the key's last failure is older than {@code window}, counting restarts
   * at one.
   *
   * @return the new state
   */
  State recordFailure(String key, Instant at, Duration window);

  void clear(String key);
}
