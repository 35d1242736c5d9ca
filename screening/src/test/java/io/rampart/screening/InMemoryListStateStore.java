package io.rampart.screening;

import java.util.HashMap;
import java.util.Map;

/** A {@link ListStateStore} in memory, for tests and benchmarks. */
public final class InMemoryListStateStore implements ListStateStore {
  private final Map<String, Map<String, String>> lists = new HashMap<>();

  @Override
  public synchronized Map<String, String> digests(String list) {
    return lists.getOrDefault(list, Map.of());
  }

  @Override
  public synchronized void replace(String list, Map<String, String> digests) {
    lists.put(list, Map.copyOf(digests));
  }
}
