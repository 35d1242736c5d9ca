package io.rampart.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Profiles and checkpoints in memory, for tests. Thread-safe. */
public final class InMemoryProfileStore implements ProfileStore {
  private final Map<SubjectId, StoredProfile> profiles = new HashMap<>();
  private final Map<Integer, Instant> checkpoints = new HashMap<>();

  @Override
  public synchronized Map<SubjectId, StoredProfile> load(Collection<SubjectId> accounts) {
    Map<SubjectId, StoredProfile> found = new HashMap<>();
    for (SubjectId account : accounts) {
      StoredProfile p = profiles.get(account);
      if (p != null) {
        found.put(account, copy(p));
      }
    }
    return found;
  }

  @Override
  public synchronized void save(List<StoredProfile> saved) {
    for (StoredProfile p : saved) {
      StoredProfile old = profiles.get(p.account());
      if (old == null || old.appliedSeq() < p.appliedSeq()) {
        profiles.put(p.account(), copy(p));
      }
    }
  }

  @Override
  public synchronized void checkpoint(int writer, Instant at) {
    checkpoints.put(writer, at);
  }

  @Override
  public synchronized Optional<Instant> oldestCheckpoint() {
    return checkpoints.values().stream().min(Instant::compareTo);
  }

  @Override
  public synchronized void retainCheckpoints(int writers) {
    checkpoints.keySet().removeIf(w -> w >= writers);
  }

  public synchronized int size() {
    return profiles.size();
  }

  private static StoredProfile copy(StoredProfile p) {
    return new StoredProfile(p.account(), p.appliedSeq(), p.profile().clone());
  }
}
