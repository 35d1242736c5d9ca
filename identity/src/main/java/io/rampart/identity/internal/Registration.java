package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.EmailAddress;
import io.rampart.identity.EmailVerification;
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
 * either way); only the mailbox learns which case it was.
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
      sendVerification(account, now, origin);
    } else {
      warnOwner(email, origin);
    }
  }

  private void sendVerification(Account account, Instant now, RequestOrigin origin) {
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
    context.audit(
        new AuditEvent(
            "account.registered", Actor.account(account.id()), account.id(), origin, Map.of()));
  }

  private void warnOwner(EmailAddress email, RequestOrigin origin) {
    AccountId existing =
        context.ports().accounts().findByEmail(email).map(Account::id).orElse(null);
    context
        .ports()
        .notifications()
        .enqueue(new Notice(existing, email.value(), NoticeKind.REGISTRATION_ATTEMPT, Map.of()));
    context.audit(
        new AuditEvent(
            "account.registration_attempted", Actor.ANONYMOUS, existing, origin, Map.of()));
  }
}
