package io.rampart.screening;

import java.util.Map;

/**
 * Which version of each entry the recorded customers were last screened against, per list: the
 * reference a reload compares with to find what changed, so that customers are screened again
 * against changed entries only, also across restarts and on every node. Implemented in store
 * (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract: {@link #digests} returns entry id to entry digest for the list (empty if none is
 * recorded). {@link #replace} makes the list's recorded entries exactly {@code digests}, atomically
 * (a reader sees the old map or the new one). Implementations are thread-safe.
 */
public interface ListStateStore {
  Map<String, String> digests(String list);

  void replace(String list, Map<String, String> digests);
}
