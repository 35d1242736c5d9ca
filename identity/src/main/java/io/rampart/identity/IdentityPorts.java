package io.rampart.identity;

import io.rampart.audit.AuditTrail;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.Notifications;
import java.util.Objects;

/** Everything identity needs from outside, in one place for wiring. */
public record IdentityPorts(
    AccountRepository accounts,
    SessionRepository sessions,
    EmailVerificationRepository verifications,
    SignInHistory history,
    ThrottleStore throttles,
    TransactionRunner transactions,
    AuditTrail audit,
    Notifications notifications,
    SignInRisk signInRisk) {

  /** Ports without a risk engine: every sign-in is allowed unassessed. */
  public IdentityPorts(
      AccountRepository accounts,
      SessionRepository sessions,
      EmailVerificationRepository verifications,
      SignInHistory history,
      ThrottleStore throttles,
      TransactionRunner transactions,
      AuditTrail audit,
      Notifications notifications) {
    this(
        accounts,
        sessions,
        verifications,
        history,
        throttles,
        transactions,
        audit,
        notifications,
        SignInRisk.NONE);
  }

  public IdentityPorts {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(verifications, "verifications");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(throttles, "throttles");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(signInRisk, "signInRisk");
  }
}
