package io.rampart.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where a host persists profiles behind its cache, and how far it has persisted. Implemented
 * in store (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #save} never moves an account's profile backwards: a profile whose {@code
 *       appliedSeq} is not above the stored one's is ignored.
 *   <li>Checkpoints are kept per writer (a host's shard); {@link #oldestCheckpoint} is the earliest
 *       of them. {@link #retainCheckpoints} forgets writers beyond a count.
 *   <li>Methods join the caller's transaction; implementations are thread-safe.
 * </ul>
 */
public interface ProfileStore {
  /** The stored profiles among {@code accounts}; accounts never saved are absent. */
  Map<SubjectId, StoredProfile> load(Collection<SubjectId> accounts);

  void save(List<StoredProfile> profiles);

  /** Records that writer {@code writer} had saved everything it held at {@code at}. */
  void checkpoint(int writer, Instant at);

  Optional<Instant> oldestCheckpoint();

  /** Forgets the checkpoints of writers numbered {@code writers} and above. */
  void retainCheckpoints(int writers);
}
