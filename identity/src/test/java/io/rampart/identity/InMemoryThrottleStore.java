package io.rampart.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failure counters in memory, for tests. Thread-safe. */
public final class InMemoryThrottleStore implements ThrottleStore {
  private final Map<String, State> states = new HashMap<>();

  @Override
  public synchronized Map<String, State> find(Collection<String> keys) {
    Map<String, State> found = new HashMap<>();
    for (String key : keys) {
      State state = states.get(key);
      if (state != null) {
        found.put(key, state);
      }
    }
    return found;
  }

  @Override
  public synchronized State recordFailure(String key, Instant at, Duration window) {
    State previous = states.get(key);
    boolean restart =
        previous == null || Duration.between(previous.lastFailureAt(), at).compareTo(window) > 0;
    State next =
        restart
            ? new State(key, 1, at)
            : new State(
                key,
                previous.failures() + 1,
                at.isAfter(previous.lastFailureAt()) ? at : previous.lastFailureAt());
    states.put(key, next);
    return next;
  }

  @Override
  public synchronized Reservation reserve(String key, Instant at, Duration window) {
    State before = states.get(key);
    return new Reservation(key, before, recordFailure(key, at, window));
  }

  @Override
  public synchronized void release(Reservation reservation) {
    String key = reservation.key();
    State current = states.get(key);
    if (current == null) {
      return;
    }
    if (current.equals(reservation.after())) {
      if (reservation.before() == null) {
        states.remove(key);
      } else {
        states.put(key, reservation.before());
      }
    } else if (current.failures() > 1) {
      states.put(key, new State(key, current.failures() - 1, current.lastFailureAt()));
    } else {
      states.remove(key);
    }
  }

  @Override
  public synchronized void clear(String key) {
    states.remove(key);
  }

  public synchronized Optional<State> state(String key) {
    return Optional.ofNullable(states.get(key));
  }

  public synchronized Map<String, State> all() {
    return Map.copyOf(states);
  }
}
