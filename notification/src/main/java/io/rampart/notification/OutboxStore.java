package io.rampart.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where outbox messages are kept. Implemented in store (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #insert} joins the caller's transaction; a duplicate id MUST fail.
 *   <li>{@link #claimDue} atomically takes up to {@code limit} PENDING messages whose {@code
 *       nextAttemptAt <= now}, oldest first, and moves their {@code nextAttemptAt} to {@code
 *       leaseUntil}, so that no concurrent caller (another thread or node) claims the same message
 *       until the lease ends. It commits on its own. "Oldest" is by {@code createdAt}, then by id;
 *       the messages are returned as they are after the claim.
 *   <li>{@link #markSent} changes a PENDING message to SENT and returns {@code true} exactly once
 *       per message; any later call returns {@code false}. In the same change it MUST replace the
 *       body by {@link #REMOVED_BODY}: a body may carry a one-time secret (a verification link),
 *       which must not outlive its delivery. PENDING and FAILED messages keep their bodies.
 *   <li>{@link #markRetry} and {@link #markFailed} change only a PENDING message: a message that
 *       another dispatcher already marked SENT stays SENT.
 *   <li>Implementations are thread-safe; no method returns {@code null} collections.
 * </ul>
 */
public interface OutboxStore {
  /** The body of every SENT message: its content is dropped once delivered. */
  String REMOVED_BODY = "[content removed after delivery]";

  void insert(OutboxMessage message);

  List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit);

  boolean markSent(UUID id, Instant sentAt);

  /**
   * Records a failed attempt; the message stays PENDING and is due again at {@code nextAttemptAt}.
   */
  void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error);

  /** Gives up on a message after its last attempt. */
  void markFailed(UUID id, int attempts, String error);

  Optional<OutboxMessage> find(UUID id);

  /**
   * Messages, newest first (by {@code createdAt}, then by id).
   *
   * @param status only this status, or {@code null} for all
   */
  List<OutboxMessage> list(OutboxMessage.Status status, int limit);

  long countByStatus(OutboxMessage.Status status);
}
