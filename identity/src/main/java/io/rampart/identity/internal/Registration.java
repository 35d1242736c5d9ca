package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.EmailAddress;
import io.rampart.identity.EmailVerification;
import io.rampart.identity.EmailVerificationRepository;
import io.rampart.identity.RegistrationOutcome;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Registers an account. Whether or not the address already has one, the caller gets the same answer
 * after the same work (the input is checked before storage is touched, and the password is hashed
 * either way); only the mailbox learns which case it was:
 *
 * <ul>
 *   <li>a free address gets a new account and a verification link;
 *   <li>an address whose account was never verified and has no live link left (all expired or used)
 *       gets its registration restarted: the new password replaces the old one and a fresh link
 *       goes out, so nobody can squat an address by registering it first;
 *   <li>an unverified account with a live link gets a notice saying until when that link is live
 *       (after which the address can be registered again);
 *   <li>a verified account gets a notice that someone tried to sign up with its address.
 * </ul>
 */
public final class Registration {
  private final Context context;

  Registration(Context context) {
    this.context = context;
  }

  public RegistrationOutcome register(String email, char[] password, RequestOrigin origin) {
    Optional<EmailAddress> address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      return new RegistrationOutcome.Rejected(
          ReasonCode.REQ_INVALID_EMAIL, "Enter an e-mail address such as name@example.com.");
    }
    char[] normalized = PasswordText.normalized(password);
    try {
      Optional<PolicyViolation> violation = context.rules().check(normalized, address.get());
      if (violation.isPresent()) {
        return new RegistrationOutcome.Rejected(violation.get().reason(), violation.get().detail());
      }
      Optional<String> hash = context.hasher().hash(normalized);
      if (hash.isEmpty()) {
        return new RegistrationOutcome.Overloaded(BoundedHasher.RETRY_AFTER);
      }
      context.ports().transactions().run(() -> store(address.get(), hash.get(), origin));
      return new RegistrationOutcome.Accepted();
    } finally {
      PasswordText.wipe(normalized);
    }
  }

  private void store(EmailAddress email, String passwordHash, RequestOrigin origin) {
    Instant now = context.now();
    Account account =
        new Account(new AccountId(context.ids().newId()), email, passwordHash, now, null, now);
    if (context.ports().accounts().insertIfEmailFree(account)) {
      sendVerification(account, now);
      audit("account.registered", Actor.account(account.id()), account.id(), origin, Map.of());
      return;
    }
    Optional<Account> existing = context.ports().accounts().findByEmail(email);
    if (existing.isPresent() && !existing.get().emailVerified()) {
      registerAgain(existing.get(), passwordHash, now, origin);
    } else {
      warnOwner(email, existing.map(Account::id).orElse(null), origin);
    }
  }

  /** The address's account was never verified: restart it, or say how long its link is live. */
  private void registerAgain(
      Account unverified, String passwordHash, Instant now, RequestOrigin origin) {
    EmailVerificationRepository verifications = context.ports().verifications();
    Optional<Instant> liveUntil = verifications.liveUntil(unverified.id(), now);
    if (liveUntil.isEmpty()
        && context
            .ports()
            .accounts()
            .replaceUnverifiedPassword(
                unverified.id(), unverified.passwordHash(), passwordHash, now)) {
      sendVerification(unverified, now);
      audit(
          "account.registration_restarted",
          Actor.account(unverified.id()),
          unverified.id(),
          origin,
          Map.of());
      return;
    }
    Optional<Instant> pending =
        liveUntil.isPresent() ? liveUntil : verifications.liveUntil(unverified.id(), now);
    if (pending.isEmpty()) {
      warnOwner(unverified.email(), unverified.id(), origin);
      return;
    }
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                unverified.id(),
                unverified.email().value(),
                NoticeKind.REGISTRATION_PENDING,
                Map.of("expiresAt", pending.get().toString())));
    audit(
        "account.registration_attempted",
        Actor.ANONYMOUS,
        unverified.id(),
        origin,
        Map.of("emailVerified", "false"));
  }

  private void sendVerification(Account account, Instant now) {
    String token = context.tokens().newToken();
    Instant expiresAt = now.plus(context.settings().verificationTtl());
    context
        .ports()
        .verifications()
        .insert(new EmailVerification(Tokens.hash(token), account.id(), now, expiresAt, null));
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                account.id(),
                account.email().value(),
                NoticeKind.EMAIL_VERIFICATION,
                Map.of(
                    "link",
                    context.settings().verificationLinkBase() + token,
                    "expiresAt",
                    expiresAt.toString())));
  }

  private void warnOwner(EmailAddress email, AccountId existing, RequestOrigin origin) {
    context
        .ports()
        .notifications()
        .enqueue(new Notice(existing, email.value(), NoticeKind.REGISTRATION_ATTEMPT, Map.of()));
    audit(
        "account.registration_attempted",
        Actor.ANONYMOUS,
        existing,
        origin,
        Map.of("emailVerified", "true"));
  }

  private void audit(
      String type, Actor actor, AccountId account, RequestOrigin origin, Map<String, String> data) {
    context.audit(new AuditEvent(type, actor, account, origin, data));
  }
}
