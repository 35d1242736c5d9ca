package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;

/**
 * An account as stored.
 *
 * @param passwordHash the encoded hash, parameters included (PHC string format); never logged
 * @param emailVerifiedAt when the address was verified, or {@code null}
 */
public record Account(
    AccountId id,
    EmailAddress email,
    String passwordHash,
    Instant createdAt,
    Instant emailVerifiedAt,
    Instant passwordChangedAt) {

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  @Override
  public String toString() {
    return "Account[id=" + id + ", email=" + email + ", passwordHash=***]";
  }
}
