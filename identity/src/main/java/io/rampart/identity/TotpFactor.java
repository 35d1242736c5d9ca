package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's authenticator app as stored. The seed is kept encrypted (AES-GCM under the MFA key,
 * bound to the account).
 *
 * @param encryptedSeed the sealed seed; never logged
 * @param confirmedAt when the owner confirmed it with a current code, or {@code null} while the
 *     enrolment waits for that
 * @param lastUsedStep the newest time step (Unix time / 30 s) accepted from it, or {@code null};
 *     that step and every older one are never accepted again
 * @param session the session that started the set-up: only that session may confirm it; {@code
 *     null} only for a factor confirmed before set-ups were bound to their session
 */
public record TotpFactor(
    AccountId account,
    String encryptedSeed,
    Instant createdAt,
    Instant confirmedAt,
    Long lastUsedStep,
    SessionId session) {
  public TotpFactor {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(encryptedSeed, "encryptedSeed");
    Objects.requireNonNull(createdAt, "createdAt");
    if (confirmedAt == null) {
      Objects.requireNonNull(session, "session");
    }
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  /**
   * Whether this is a set-up that {@code session} may still confirm: pending, started by that
   * session, and younger than {@code lifetime} at {@code now}.
   */
  public boolean confirmableBy(SessionId session, Instant now, Duration lifetime) {
    return !confirmed() && session.equals(this.session) && now.isBefore(createdAt.plus(lifetime));
  }

  @Override
  public String toString() {
    return "TotpFactor[account=" + account + ", confirmed=" + confirmed() + ", seed=***]";
  }
}
