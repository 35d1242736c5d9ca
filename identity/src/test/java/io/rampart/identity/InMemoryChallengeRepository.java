package io.rampart.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Challenges in memory, for tests. Thread-safe. */
public final class InMemoryChallengeRepository implements ChallengeRepository {
  private final Map<ChallengeId, Challenge> byId = new HashMap<>();

  @Override
  public synchronized void insert(Challenge challenge) {
    if (byId.putIfAbsent(challenge.id(), challenge) != null) {
      throw new IllegalStateException("duplicate challenge id " + challenge.id());
    }
  }

  @Override
  public synchronized Optional<Challenge> find(ChallengeId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized boolean claimAttempt(ChallengeId id, int maxAttempts, Instant now) {
    Challenge c = byId.get(id);
    if (c == null || !c.openAt(now) || c.attempts() >= maxAttempts) {
      return false;
    }
    byId.put(id, with(c, c.attempts() + 1, c.state(), c.settledAt()));
    return true;
  }

  @Override
  public synchronized boolean complete(ChallengeId id, Instant at) {
    return settle(id, Challenge.State.COMPLETED, at);
  }

  @Override
  public synchronized int deleteExpired(Instant before, int limit) {
    List<ChallengeId> old =
        byId.values().stream()
            .filter(c -> c.expiresAt().isBefore(before))
            .map(Challenge::id)
            .limit(limit)
            .toList();
    old.forEach(byId::remove);
    return old.size();
  }

  @Override
  public synchronized boolean voidChallenge(ChallengeId id, Instant at) {
    return settle(id, Challenge.State.VOID, at);
  }

  private boolean settle(ChallengeId id, Challenge.State state, Instant at) {
    Challenge c = byId.get(id);
    if (c == null || c.state() != Challenge.State.OPEN) {
      return false;
    }
    byId.put(id, with(c, c.attempts(), state, at));
    return true;
  }

  private static Challenge with(Challenge c, int attempts, Challenge.State state, Instant at) {
    return new Challenge(
        c.id(),
        c.purpose(),
        c.account(),
        c.session(),
        c.action(),
        c.methods(),
        c.webAuthnChallenge(),
        c.emailCodeHash(),
        c.emailCodeExpiresAt(),
        c.createdAt(),
        c.expiresAt(),
        attempts,
        state,
        at,
        c.signIn());
  }
}
