package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Session;
import io.rampart.identity.SessionView;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An account owner's view of their sessions, and ending them. */
public final class SessionManagement {
  static final String ENDED_BY_OWNER = "ended-by-owner";

  private final Context context;

  SessionManagement(Context context) {
    this.context = context;
  }

  public List<SessionView> sessions(AccountId account, SessionId current) {
    return context.ports().sessions().findActive(account, context.now()).stream()
        .map(s -> view(s, s.id().equals(current)))
        .toList();
  }

  /**
   * One of the account's active sessions; someone else's, or an ended one, is empty like an unknown
   * one, so ids cannot be probed.
   */
  public Optional<SessionView> session(AccountId account, SessionId target, SessionId current) {
    return context
        .ports()
        .sessions()
        .findById(target)
        .filter(s -> s.account().equals(account) && s.activeAt(context.now()))
        .map(s -> view(s, s.id().equals(current)));
  }

  /** Someone else's session answers like an unknown one, so ids cannot be probed. */
  public boolean endSession(AccountId account, SessionId target, RequestOrigin origin) {
    Instant now = context.now();
    Optional<Session> session = context.ports().sessions().findById(target);
    if (session.isEmpty()
        || !session.get().account().equals(account)
        || !session.get().activeAt(now)) {
      return false;
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.ports().sessions().end(target, now, ENDED_BY_OWNER)) {
                return false;
              }
              context.audit(
                  new AuditEvent(
                      "session.ended",
                      Actor.account(account),
                      account,
                      origin,
                      Map.of("session", target.toString(), "reason", ENDED_BY_OWNER)));
              return true;
            });
  }

  public int endOtherSessions(AccountId account, SessionId current, RequestOrigin origin) {
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              int ended =
                  context
                      .ports()
                      .sessions()
                      .endAllExcept(account, current, context.now(), ENDED_BY_OWNER);
              context.audit(
                  new AuditEvent(
                      "session.ended_others",
                      Actor.account(account),
                      account,
                      origin,
                      Map.of("count", Integer.toString(ended))));
              return ended;
            });
  }

  private static SessionView view(Session session, boolean current) {
    return new SessionView(
        session.id(),
        session.createdAt(),
        session.lastSeenAt(),
        session.idleExpiresAt(),
        session.expiresAt(),
        session.ipAddress(),
        session.userAgent(),
        current);
  }
}
