package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores sessions. Contract: every method joins the caller's transaction; arguments are never
 * {@code null} unless stated; no method returns {@code null} collections. Thread-safe.
 */
public interface SessionRepository {
  void insert(Session session);

  Optional<Session> findByTokenHash(String tokenHash);

  Optional<Session> findById(SessionId id);

  /** Records use of an active session. */
  void touch(SessionId id, Instant lastSeenAt, Instant idleExpiresAt);

  /** Sessions of the account that are not ended and not expired at {@code now}, newest first. */
  List<Session> findActive(AccountId account, Instant now);

  int countActive(AccountId account, Instant now);

  /**
   * Ends one session if it is not already ended.
   *
   * @return whether this call ended it
   */
  boolean end(SessionId id, Instant at, String reason);

  /**
   * Ends every session of the account that is not already ended, except {@code keep}.
   *
   * @param keep the session to keep, or {@code null} to end all
   * @return how many this call ended
   */
  int endAllExcept(AccountId account, SessionId keep, Instant at, String reason);
}
