package io.rampart.audit;

import io.rampart.kernel.AccountId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the chain is kept. Owned by the audit capability; implemented in store (PostgreSQL) and by
 * an in-memory fake in tests.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #lockHead()} MUST be called inside a transaction and MUST hold an exclusive lock on
 *       the chain head until that transaction ends, so that appends are serialised: two concurrent
 *       transactions never both link to the same head.
 *   <li>{@link #insert} MUST NOT change a stored record; a duplicate sequence MUST fail.
 *   <li>Reads return records exactly as stored (no normalisation), in ascending sequence order
 *       unless stated otherwise. No method returns or accepts {@code null} collections.
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface AuditStore {
  /** Locks the head for this transaction and returns the newest record, if any. */
  Optional<AuditRecord> lockHead();

  void insert(AuditRecord record);

  /**
   * The account's records, newest first.
   *
   * @param beforeSequence only records with a smaller sequence, or {@code null} for the newest
   * @param limit at most this many
   */
  List<AuditRecord> findByAccount(AccountId account, Long beforeSequence, int limit);

  /** Streams every record in ascending sequence order without loading them all at once. */
  void forEachInOrder(Consumer<AuditRecord> consumer);
}
