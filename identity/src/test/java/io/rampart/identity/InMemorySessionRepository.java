package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions in memory, for tests. Thread-safe. */
public final class InMemorySessionRepository implements SessionRepository {
  private final Map<SessionId, Session> byId = new LinkedHashMap<>();

  @Override
  public synchronized void insert(Session session) {
    if (byId.putIfAbsent(session.id(), session) != null) {
      throw new IllegalStateException("duplicate session id " + session.id());
    }
  }

  @Override
  public synchronized Optional<Session> findByTokenHash(String tokenHash) {
    return byId.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public synchronized Optional<Session> findById(SessionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized void touch(SessionId id, Instant lastSeenAt, Instant idleExpiresAt) {
    byId.computeIfPresent(
        id,
        (k, s) ->
            new Session(
                s.id(),
                s.account(),
                s.tokenHash(),
                s.createdAt(),
                lastSeenAt,
                idleExpiresAt,
                s.expiresAt(),
                s.ipAddress(),
                s.userAgent(),
                s.endedAt(),
                s.endReason()));
  }

  @Override
  public synchronized List<Session> findActive(AccountId account, Instant now) {
    return byId.values().stream()
        .filter(s -> s.account().equals(account) && s.activeAt(now))
        .sorted(Comparator.comparing(Session::createdAt).reversed())
        .toList();
  }

  @Override
  public synchronized int countActive(AccountId account, Instant now) {
    return findActive(account, now).size();
  }

  @Override
  public synchronized boolean end(SessionId id, Instant at, String reason) {
    Session session = byId.get(id);
    if (session == null || session.endedAt() != null) {
      return false;
    }
    byId.put(id, ended(session, at, reason));
    return true;
  }

  @Override
  public synchronized int endAllExcept(
      AccountId account, SessionId keep, Instant at, String reason) {
    int ended = 0;
    for (Session session : List.copyOf(byId.values())) {
      if (session.account().equals(account)
          && session.endedAt() == null
          && !session.id().equals(keep)) {
        byId.put(session.id(), ended(session, at, reason));
        ended++;
      }
    }
    return ended;
  }

  /** Every stored session, ended ones included, in insertion order. */
  public synchronized List<Session> all() {
    return List.copyOf(byId.values());
  }

  private static Session ended(Session s, Instant at, String reason) {
    return new Session(
        s.id(),
        s.account(),
        s.tokenHash(),
        s.createdAt(),
        s.lastSeenAt(),
        s.idleExpiresAt(),
        s.expiresAt(),
        s.ipAddress(),
        s.userAgent(),
        at,
        reason);
  }
}
