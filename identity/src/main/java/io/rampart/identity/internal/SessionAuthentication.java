package io.rampart.identity.internal;

import io.rampart.identity.AuthenticationOutcome;
import io.rampart.identity.Session;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a bearer token and keeps an active session alive. Uses within the touch interval of the
 * last recorded one are not written: that spares the database a write per request and shortens the
 * idle timeout by at most that much. The interval is {@link #MAX_TOUCH_INTERVAL}, or a quarter of
 * the idle timeout when that is shorter, so that a session used more often than its idle timeout is
 * always extended, however short the timeout.
 */
public final class SessionAuthentication {
  static final Duration MAX_TOUCH_INTERVAL = Duration.ofSeconds(30);

  private final Context context;
  private final Duration touchInterval;

  SessionAuthentication(Context context) {
    this.context = context;
    this.touchInterval = touchInterval(context.settings().sessionIdleTimeout());
  }

  /** The smaller of {@link #MAX_TOUCH_INTERVAL} and a quarter of {@code idleTimeout}. */
  static Duration touchInterval(Duration idleTimeout) {
    Duration quarter = idleTimeout.dividedBy(4);
    return quarter.compareTo(MAX_TOUCH_INTERVAL) < 0 ? quarter : MAX_TOUCH_INTERVAL;
  }

  public AuthenticationOutcome authenticate(String token, RequestOrigin origin) {
    if (!Tokens.plausible(token)) {
      return refused(ReasonCode.AUTH_UNAUTHENTICATED);
    }
    Optional<Session> found = context.ports().sessions().findByTokenHash(Tokens.hash(token));
    if (found.isEmpty()) {
      return refused(ReasonCode.AUTH_UNAUTHENTICATED);
    }
    Session session = found.get();
    Instant now = context.now();
    if (!session.activeAt(now)) {
      return refused(ReasonCode.AUTH_SESSION_EXPIRED);
    }
    if (Duration.between(session.lastSeenAt(), now).compareTo(touchInterval) < 0) {
      return new AuthenticationOutcome.Authenticated(session);
    }
    Instant extended = now.plus(context.settings().sessionIdleTimeout());
    Instant newIdleExpiry = extended.isAfter(session.expiresAt()) ? session.expiresAt() : extended;
    context
        .ports()
        .transactions()
        .run(() -> context.ports().sessions().touch(session.id(), now, newIdleExpiry));
    return new AuthenticationOutcome.Authenticated(
        new Session(
            session.id(),
            session.account(),
            session.tokenHash(),
            session.createdAt(),
            now,
            newIdleExpiry,
            session.expiresAt(),
            session.ipAddress(),
            session.userAgent(),
            null,
            null));
  }

  private static AuthenticationOutcome refused(ReasonCode reason) {
    return new AuthenticationOutcome.Refused(reason);
  }
}
