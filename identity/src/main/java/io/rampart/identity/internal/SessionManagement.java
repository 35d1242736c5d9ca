package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.Session;
import io.rampart.identity.SessionEndOutcome;
import io.rampart.identity.SessionView;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account owner's view of their sessions, and ending them. Ending another session than the
 * asking one, or all others, is the {@link SensitiveAction#END_SESSIONS} action: it needs whatever
 * elevation the catalogue asks for (by default none), checked here so that every caller is held to
 * it. Signing out, ending the asking session itself, never needs more than that session.
 */
public final class SessionManagement {
  static final String ENDED_BY_OWNER = "ended-by-owner";
  private static final SessionEndOutcome STEP_UP_REQUIRED =
      new SessionEndOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
  private static final SessionEndOutcome NOT_FOUND =
      new SessionEndOutcome.Refused(ReasonCode.AUTH_SESSION_NOT_FOUND);

  private final Context context;
  private final StepUp stepUp;

  SessionManagement(Context context, StepUp stepUp) {
    this.context = context;
    this.stepUp = stepUp;
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

  /**
   * Ends {@code target}, one of the account's sessions, at the request of {@code current}. Someone
   * else's session answers like an unknown one, so ids cannot be probed.
   */
  public SessionEndOutcome endSession(
      AccountId account, SessionId current, SessionId target, RequestOrigin origin) {
    if (!target.equals(current) && !stepUp.allows(current, SensitiveAction.END_SESSIONS)) {
      return STEP_UP_REQUIRED;
    }
    Instant now = context.now();
    Optional<Session> session = context.ports().sessions().findById(target);
    if (session.isEmpty()
        || !session.get().account().equals(account)
        || !session.get().activeAt(now)) {
      return NOT_FOUND;
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.ports().sessions().end(target, now, ENDED_BY_OWNER)) {
                return NOT_FOUND;
              }
              context.audit(
                  new AuditEvent(
                      "session.ended",
                      Actor.account(account),
                      account,
                      origin,
                      Map.of("session", target.toString(), "reason", ENDED_BY_OWNER)));
              return new SessionEndOutcome.Ended(1);
            });
  }

  public SessionEndOutcome endOtherSessions(
      AccountId account, SessionId current, RequestOrigin origin) {
    if (!stepUp.allows(current, SensitiveAction.END_SESSIONS)) {
      return STEP_UP_REQUIRED;
    }
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
              return new SessionEndOutcome.Ended(ended);
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
