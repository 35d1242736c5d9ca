package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.PasswordChangeOutcome;
import io.rampart.identity.SecurityChange;
import io.rampart.identity.SecurityChangeFacts;
import io.rampart.identity.SensitiveAction;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes a password: the session must be elevated for {@link SensitiveAction#CHANGE_PASSWORD} as
 * the catalogue asks (checked here, before anything else, so every caller is held to it), the
 * current password must be right, the new one must differ and pass the policy. Every other session
 * ends with the change, so whoever knew the old password is signed out; every trusted device must
 * prove the second factor again; withdrawals lock for a while.
 *
 * <p>A wrong current password counts as a failure under the account's throttle key, shared with
 * sign-in: the attempt is counted before hashing and refused while the key is throttled, so a
 * stolen session cannot be used to guess the password ({@link CountedAttempt}). A correct one
 * clears the key, as a correct sign-in does.
 *
 * <p>Once the change has committed, the risk engine is told of it ({@link
 * io.rampart.identity.SignInRisk#securitySettingChanged}).
 */
public final class PasswordChange {
  static final String END_REASON = "password-changed";

  private final Context context;
  private final Throttle throttle;
  private final ThrottledAudits throttledAudits = new ThrottledAudits();
  private final TrustedDevices trustedDevices;
  private final SecurityChanges securityChanges;
  private final StepUp stepUp;

  PasswordChange(
      Context context,
      TrustedDevices trustedDevices,
      SecurityChanges securityChanges,
      StepUp stepUp) {
    this.context = context;
    this.stepUp = stepUp;
    this.trustedDevices = trustedDevices;
    this.securityChanges = securityChanges;
    this.throttle = new Throttle(context.ports().throttles(), context.settings().throttling());
  }

  public PasswordChangeOutcome changePassword(
      AccountId id,
      SessionId current,
      char[] currentPassword,
      char[] newPassword,
      RequestOrigin origin) {
    if (!stepUp.allows(current, SensitiveAction.CHANGE_PASSWORD)) {
      return new PasswordChangeOutcome.Rejected(
          ReasonCode.AUTH_STEP_UP_REQUIRED,
          "Prove a second factor for '"
              + SensitiveAction.CHANGE_PASSWORD.wireName()
              + "' first: start a step-up.");
    }
    Optional<Account> account = context.ports().accounts().findById(id);
    if (account.isEmpty()) {
      return new PasswordChangeOutcome.Rejected(
          ReasonCode.AUTH_UNAUTHENTICATED, "The account no longer exists.");
    }
    char[] oldText = PasswordText.normalized(currentPassword);
    char[] newText = PasswordText.normalized(newPassword);
    try {
      return change(account.get(), current, oldText, newText, origin);
    } finally {
      PasswordText.wipe(oldText);
      PasswordText.wipe(newText);
    }
  }

  private PasswordChangeOutcome change(
      Account account, SessionId current, char[] oldText, char[] newText, RequestOrigin origin) {
    Instant now = context.now();
    List<Throttle.Key> keys = List.of(throttle.accountKeyOf(account.email()));
    CountedAttempt counted =
        context.ports().transactions().inTransaction(() -> throttle.count(keys, now));
    Map<String, Instant> blockedUntil = counted.blockedUntil(now);
    if (!blockedUntil.isEmpty()) {
      return throttled(account, counted, blockedUntil, now, origin);
    }
    BoundedHasher.Verdict verdict = context.hasher().verify(account.passwordHash(), oldText);
    if (verdict == BoundedHasher.Verdict.REFUSED) {
      context.ports().transactions().run(counted::giveBack);
      return new PasswordChangeOutcome.Overloaded(BoundedHasher.RETRY_AFTER);
    }
    if (verdict == BoundedHasher.Verdict.MISMATCH) {
      context
          .ports()
          .transactions()
          .run(() -> audit(account, "password.change_failed", origin, Map.of()));
      return new PasswordChangeOutcome.Rejected(
          ReasonCode.AUTH_CURRENT_PASSWORD_WRONG, "The current password is not right.");
    }
    context.ports().transactions().run(counted::settleSuccess);
    if (Arrays.equals(oldText, newText)) {
      return new PasswordChangeOutcome.Rejected(
          ReasonCode.AUTH_PASSWORD_UNCHANGED, "Choose a password other than the current one.");
    }
    Optional<PolicyViolation> violation = context.rules().check(newText, account.email());
    if (violation.isPresent()) {
      return new PasswordChangeOutcome.Rejected(violation.get().reason(), violation.get().detail());
    }
    Optional<String> hash = context.hasher().hash(newText);
    if (hash.isEmpty()) {
      return new PasswordChangeOutcome.Overloaded(BoundedHasher.RETRY_AFTER);
    }
    PasswordChangeOutcome changed =
        context
            .ports()
            .transactions()
            .inTransaction(() -> store(account, current, hash.get(), origin));
    context
        .ports()
        .signInRisk()
        .securitySettingChanged(
            new SecurityChangeFacts(
                context.ids().newId().toString(),
                account.id(),
                SecurityChangeFacts.Setting.PASSWORD,
                context.now(),
                origin));
    return changed;
  }

  private PasswordChangeOutcome throttled(
      Account account,
      CountedAttempt counted,
      Map<String, Instant> blockedUntil,
      Instant now,
      RequestOrigin origin) {
    Duration wait = CountedAttempt.longestWait(blockedUntil, now).orElseThrow();
    boolean audited = throttledAudits.firstOfPeriod(blockedUntil, now);
    context
        .ports()
        .transactions()
        .run(
            () -> {
              counted.giveBack();
              if (audited) {
                audit(
                    account,
                    "password.change_throttled",
                    origin,
                    Map.of(
                        "retryAfterSeconds", Long.toString(CountedAttempt.secondsRoundedUp(wait))));
              }
            });
    return new PasswordChangeOutcome.Throttled(wait);
  }

  private PasswordChangeOutcome store(
      Account account, SessionId current, String hash, RequestOrigin origin) {
    Instant now = context.now();
    context.ports().accounts().changePassword(account.id(), hash, now);
    int ended = context.ports().sessions().endAllExcept(account.id(), current, now, END_REASON);
    trustedDevices.revokeAllWithin(account.id(), origin, END_REASON);
    securityChanges.record(account.id(), SecurityChange.PASSWORD_CHANGE, now);
    audit(account, "password.changed", origin, Map.of("sessionsEnded", Integer.toString(ended)));
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                account.id(),
                account.email().value(),
                NoticeKind.PASSWORD_CHANGED,
                Notices.originValues(origin, now)));
    return new PasswordChangeOutcome.Changed(ended);
  }

  private void audit(Account account, String type, RequestOrigin origin, Map<String, String> data) {
    context.audit(new AuditEvent(type, Actor.account(account.id()), account.id(), origin, data));
  }
}
