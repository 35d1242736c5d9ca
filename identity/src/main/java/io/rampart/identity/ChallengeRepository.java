package io.rampart.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * Stores second-factor challenges. Contract: every method joins the caller's transaction; arguments
 * are never {@code null}. Thread-safe.
 */
public interface ChallengeRepository {
  void insert(Challenge challenge);

  Optional<Challenge> find(ChallengeId id);

  /**
   * Counts one proof attempt before it is checked: succeeds only while the challenge is open at
   * {@code now} and has had fewer than {@code maxAttempts}. Atomic: of N concurrent calls on a
   * challenge with k attempts left, exactly min(N, k) succeed.
   *
   * @return whether the attempt may go on
   */
  boolean claimAttempt(ChallengeId id, int maxAttempts, Instant now);

  /**
   * Completes an open challenge. Of concurrent calls, exactly one returns {@code true}.
   *
   * @return whether this call completed it
   */
  boolean complete(ChallengeId id, Instant at);

  /**
   * Deletes at most {@code limit} challenges that expired before {@code before}, any state.
   *
   * @return how many it deleted
   */
  int deleteExpired(Instant before, int limit);

  /**
   * Voids an open challenge (too many wrong proofs).
   *
   * @return whether this call voided it
   */
  boolean voidChallenge(ChallengeId id, Instant at);
}
