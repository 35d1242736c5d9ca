package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.FactorMethod;
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
 * The last step of a sign-in, in one transaction. After a correct password alone: forget the
 * account's and device's failures and upgrade an outdated password hash; then, for every sign-in,
 * open the session, remember the device and source, and tell the owner about a sign-in from
 * somewhere new.
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
    Optional<String> rehash = rehashOf(account, password);
    String sessionToken = context.tokens().newToken();
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              settlePassword(account, knownDeviceHash, counted, rehash);
              boolean unusual = risk.decision() != SignInVerdict.Decision.ALLOW;
              return openWithin(
                  account, sessionToken, deviceToken, knownDeviceHash, origin, risk, null, unusual);
            });
  }

  /** A new hash of the correct password if the stored one has outdated parameters. */
  Optional<String> rehashOf(Account account, char[] password) {
    return context.hasher().needsRehash(account.passwordHash())
        ? context.hasher().hash(password)
        : Optional.empty();
  }

  /**
   * Settles a correct password inside the caller's transaction: forget the account's failures if
   * the device is known, settle the counted attempt as a success, store an upgraded hash.
   */
  void settlePassword(
      Account account, String knownDeviceHash, CountedAttempt counted, Optional<String> rehash) {
    if (knownDeviceHash != null) {
      context.ports().throttles().clear(Throttle.accountKey(account.email()));
    }
    counted.settleSuccess();
    rehash.ifPresent(h -> context.ports().accounts().rehashPassword(account.id(), h));
  }

  /**
   * Opens a session for a sign-in that has passed every check, inside the caller's transaction:
   * open the session, remember the device and source, tell the owner about a sign-in from somewhere
   * new (or, if {@code unusual}, about an unusual one), and audit it.
   *
   * @param secondFactor the factor proven at this sign-in, or {@code null} for a password alone
   */
  SignInOutcome.SignedIn openWithin(
      Account account,
      String sessionToken,
      String deviceToken,
      String knownDeviceHash,
      RequestOrigin origin,
      SignInVerdict risk,
      FactorMethod secondFactor,
      boolean unusual) {
    Instant now = context.now();
    Session session = newSession(account, sessionToken, now, origin);
    context.ports().sessions().insert(session);
    boolean newDevice = rememberDevice(account, deviceToken, knownDeviceHash, now, origin);
    if (unusual) {
      notifySignIn(NoticeKind.UNUSUAL_SIGN_IN, account, now, origin);
    } else if (newDevice) {
      notifySignIn(NoticeKind.NEW_SIGN_IN, account, now, origin);
    }
    Map<String, String> data = auditData(session, newDevice, risk);
    if (secondFactor != null) {
      data.put("secondFactor", secondFactor.wireName());
    }
    context.audit(
        new AuditEvent(
            "signin.succeeded", Actor.account(account.id()), account.id(), origin, data));
    return new SignInOutcome.SignedIn(session, sessionToken, deviceToken, newDevice, risk);
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
