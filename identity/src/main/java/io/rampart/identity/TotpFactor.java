package io.rampart.identity;

import io.rampart.kernel.AccountId;
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
 */
public record TotpFactor(
    AccountId account,
    String encryptedSeed,
    Instant createdAt,
    Instant confirmedAt,
    Long lastUsedStep) {
  public TotpFactor {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(encryptedSeed, "encryptedSeed");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  @Override
  public String toString() {
    return "TotpFactor[account=" + account + ", confirmed=" + confirmed() + ", seed=***]";
  }
}
