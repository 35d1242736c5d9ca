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
 *   <li>The store keeps a head pointer (sequence and hash of the newest record) apart from the
 *       records, so that removing the newest records is detectable.
 *   <li>{@link #lockHead()} MUST be called inside a transaction and MUST hold an exclusive lock on
 *       the head pointer until that transaction ends, so that appends are serialised: two
 *       concurrent transactions never both link to the same head.
 *   <li>{@link #insert} MUST NOT change a stored record; a duplicate sequence MUST fail. It moves
 *       the head pointer to the inserted record in the same transaction.
 *   <li>Reads return records exactly as stored (no normalisation), in ascending sequence order
 *       unless stated otherwise. No method returns or accepts {@code null} collections.
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface AuditStore {
  /** The newest record's sequence and hash as the head pointer holds them. */
  record Head(long sequence, String hash) {}

  /** Locks the head pointer for this transaction and returns it; empty if nothing was appended. */
  Optional<Head> lockHead();

  /** The head pointer without locking it; empty if nothing was appended. */
  Optional<Head> head();

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
