package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.Session;
import io.rampart.identity.SignInHistory;
import io.rampart.identity.SignInOutcome;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The last step of a sign-in with a correct password, in one transaction: forget the account's and
 * device's failures, upgrade an outdated password hash, open the session, remember the device and
 * source, and tell the owner about a sign-in from somewhere new.
 */
final class SessionOpening {
  private final Context context;

  SessionOpening(Context context) {
    this.context = context;
  }

  /**
   * @param password the correct password, NFC-normalised (for a rehash)
   * @param presentedDeviceToken the device token presented, or {@code null}
   * @param knownDeviceHash its hash if the account knows it, else {@code null}
   * @param counted the attempt as counted on its throttle keys, settled here as a success
   */
  SignInOutcome.SignedIn open(
      Account account,
      char[] password,
      String presentedDeviceToken,
      String knownDeviceHash,
      CountedAttempt counted,
      RequestOrigin origin) {
    Optional<String> rehash =
        context.hasher().needsRehash(account.passwordHash())
            ? context.hasher().hash(password)
            : Optional.empty();
    String deviceToken =
        knownDeviceHash != null ? presentedDeviceToken : context.tokens().newToken();
    String sessionToken = context.tokens().newToken();
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              Instant now = context.now();
              if (knownDeviceHash != null) {
                context.ports().throttles().clear(Throttle.accountKey(account.email()));
              }
              counted.settleSuccess();
              rehash.ifPresent(h -> context.ports().accounts().rehashPassword(account.id(), h));
              Session session = newSession(account, sessionToken, now, origin);
              context.ports().sessions().insert(session);
              boolean newDevice =
                  rememberDevice(account, deviceToken, knownDeviceHash, now, origin);
              if (newDevice) {
                notifyNewSignIn(account, now, origin);
              }
              context.audit(
                  new AuditEvent(
                      "signin.succeeded",
                      Actor.account(account.id()),
                      account.id(),
                      origin,
                      Map.of(
                          "session", session.id().toString(),
                          "newDevice", Boolean.toString(newDevice))));
              return new SignInOutcome.SignedIn(session, sessionToken, deviceToken, newDevice);
            });
  }

  private Session newSession(Account account, String token, Instant now, RequestOrigin origin) {
    IdentitySettings settings = context.settings();
    return new Session(
        new SessionId(context.ids().newId()),
        account.id(),
        Tokens.hash(token),
        now,
        now,
        now.plus(settings.sessionIdleTimeout()),
        now.plus(settings.sessionLifetime()),
        origin.ipAddress(),
        origin.userAgent(),
        null,
        null);
  }

  /**
   * Records the device and source; a device is new unless its token was known or the account has
   * signed in from the same IP address and user agent before.
   */
  private boolean rememberDevice(
      Account account,
      String deviceToken,
      String knownDeviceHash,
      Instant now,
      RequestOrigin origin) {
    SignInHistory history = context.ports().history();
    boolean newDevice =
        knownDeviceHash == null
            && !history.knowsSource(account.id(), origin.ipAddress(), origin.userAgent());
    history.recordDevice(account.id(), Tokens.hash(deviceToken), now);
    history.recordSource(account.id(), origin.ipAddress(), origin.userAgent(), now);
    return newDevice;
  }

  private void notifyNewSignIn(Account account, Instant now, RequestOrigin origin) {
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                account.id(),
                account.email().value(),
                NoticeKind.NEW_SIGN_IN,
                Notices.originValues(origin, now)));
  }
}
