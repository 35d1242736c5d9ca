package io.rampart.identity;

import io.rampart.kernel.SessionId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Step-up elevations in memory, for tests. Thread-safe. */
public final class InMemoryElevationRepository implements ElevationRepository {
  private record Key(SessionId session, SensitiveAction action) {}

  private final Map<Key, Elevation> elevations = new HashMap<>();

  @Override
  public synchronized void grant(Elevation elevation) {
    elevations.put(new Key(elevation.session(), elevation.action()), elevation);
  }

  @Override
  public synchronized Optional<Elevation> find(SessionId session, SensitiveAction action) {
    return Optional.ofNullable(elevations.get(new Key(session, action)));
  }
}
