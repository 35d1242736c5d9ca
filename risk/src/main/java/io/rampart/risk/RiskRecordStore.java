package io.rampart.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Port: where a host keeps every event with its assessment. Implemented in store (PostgreSQL) and
 * by an in-memory fake in tests.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #append} stores all the records or none. It MUST fail, storing none, if any record
 *       repeats a stored {@link EventKey}, a stored (account, accountSeq) pair or an assessment id,
 *       or if two records of the batch do. Records are never changed afterwards.
 *   <li>Reads return records exactly as appended (times to the microsecond).
 *   <li>{@link #after} returns an account's records in ascending {@code accountSeq}; {@link
 *       #forAccount} newest first (descending {@code accountSeq}); {@link #forEachRecordedSince} in
 *       no particular order, streaming, so it MUST NOT hold every record in memory at once.
 *   <li>No method accepts or returns {@code null} collections. Methods join the caller's
 *       transaction; implementations are thread-safe.
 * </ul>
 */
public interface RiskRecordStore {
  void append(List<RecordedAssessment> records);

  /** The stored records among {@code keys}, by key; keys not stored are absent. */
  Map<EventKey, RecordedAssessment> find(Collection<EventKey> keys);

  Optional<RecordedAssessment> findById(UUID id);

  /**
   * The account's records, newest first.
   *
   * @param beforeSeq only records with a smaller {@code accountSeq}, or {@code null} for the newest
   */
  List<RecordedAssessment> forAccount(SubjectId account, Long beforeSeq, int limit);

  /** The account's records with {@code accountSeq > afterSeq}, oldest first. */
  List<RecordedAssessment> after(SubjectId account, long afterSeq);

  /** The highest {@code accountSeq} stored per account; accounts without records are absent. */
  Map<SubjectId, Long> lastSeqs(Collection<SubjectId> accounts);

  /** The accounts with a record recorded at or after {@code since}. */
  Set<SubjectId> accountsRecordedSince(Instant since);

  /**
   * Hands each record of the event type ({@code sign_in_attempt}, ...) recorded at or after {@code
   * since} to {@code sink}, one at a time: what a host replays to rebuild state that spans
   * accounts.
   */
  void forEachRecordedSince(Instant since, String eventType, Consumer<RecordedAssessment> sink);
}
