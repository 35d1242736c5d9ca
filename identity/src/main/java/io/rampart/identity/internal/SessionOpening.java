package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.Session;
import io.rampart.identity.SignInHistory;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.SignInVerdict;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.time.Instant;
import java.util.HashMap;
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
   * @param deviceToken the device's token: the one presented if the account knows it, else new
   * @param knownDeviceHash the token's hash if the account knows it, else {@code null}
   * @param counted the attempt as counted on its throttle keys, settled here as a success
   * @param risk the risk engine's verdict, recorded in the audit; a challenge or review is told to
   *     the owner as an unusual sign-in
   */
  SignInOutcome.SignedIn open(
      Account account,
      char[] password,
      String deviceToken,
      String knownDeviceHash,
      CountedAttempt counted,
      RequestOrigin origin,
      SignInVerdict risk) {
    Optional<String> rehash =
        context.hasher().needsRehash(account.passwordHash())
            ? context.hasher().hash(password)
            : Optional.empty();
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
              boolean unusual = risk.decision() != SignInVerdict.Decision.ALLOW;
              if (unusual) {
                notifySignIn(NoticeKind.UNUSUAL_SIGN_IN, account, now, origin);
              } else if (newDevice) {
                notifySignIn(NoticeKind.NEW_SIGN_IN, account, now, origin);
              }
              context.audit(
                  new AuditEvent(
                      "signin.succeeded",
                      Actor.account(account.id()),
                      account.id(),
                      origin,
                      auditData(session, newDevice, risk)));
              return new SignInOutcome.SignedIn(
                  session, sessionToken, deviceToken, newDevice, risk);
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

  private static Map<String, String> auditData(
      Session session, boolean newDevice, SignInVerdict risk) {
    Map<String, String> data = new HashMap<>();
    data.put("session", session.id().toString());
    data.put("newDevice", Boolean.toString(newDevice));
    if (risk.assessed()) {
      data.put("risk", risk.decision().name());
      data.put("assessment", risk.assessmentId());
    }
    return data;
  }

  private void notifySignIn(NoticeKind kind, Account account, Instant now, RequestOrigin origin) {
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                account.id(), account.email().value(), kind, Notices.originValues(origin, now)));
  }
}
