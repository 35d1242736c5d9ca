package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.EmailVerification;
import io.rampart.identity.VerificationOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Uses an e-mail verification token: once, before it expires. */
public final class EmailConfirmation {
  private final Context context;

  EmailConfirmation(Context context) {
    this.context = context;
  }

  public VerificationOutcome verifyEmail(String token, RequestOrigin origin) {
    if (!Tokens.plausible(token)) {
      return invalid();
    }
    String tokenHash = Tokens.hash(token);
    Optional<EmailVerification> found = context.ports().verifications().findByTokenHash(tokenHash);
    if (found.isEmpty() || found.get().usedAt() != null) {
      return invalid();
    }
    EmailVerification verification = found.get();
    Instant now = context.now();
    if (!now.isBefore(verification.expiresAt())) {
      return new VerificationOutcome.Rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_EXPIRED);
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.ports().verifications().markUsed(tokenHash, now)) {
                return invalid();
              }
              context.ports().accounts().markEmailVerified(verification.account(), now);
              context.audit(
                  new AuditEvent(
                      "account.email_verified",
                      Actor.account(verification.account()),
                      verification.account(),
                      origin,
                      Map.of()));
              return new VerificationOutcome.Verified(verification.account());
            });
  }

  private static VerificationOutcome invalid() {
    return new VerificationOutcome.Rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID);
  }
}
