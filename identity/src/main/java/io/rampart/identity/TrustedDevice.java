package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A device the owner chose to trust after a sign-in with a second factor: sign-ins from it skip the
 * second factor (unless the risk engine or the policy asks for it) until it expires or is revoked.
 * The device is named by the hash of its device token.
 *
 * @param label what the owner sees (the user agent it was trusted from), may be {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
public record TrustedDevice(
    TrustedDeviceId id,
    AccountId account,
    String deviceTokenHash,
    String label,
    String ipAddress,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt) {
  public TrustedDevice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(deviceTokenHash, "deviceTokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean activeAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }
}
