package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Instant;

/**
 * A sign-in session as stored. The bearer token itself is never stored, only its SHA-256.
 *
 * @param idleExpiresAt when it ends unless used before then
 * @param expiresAt when it ends whatever happens (absolute lifetime)
 * @param endedAt when it was ended explicitly, or {@code null}
 * @param endReason why it was ended ({@code signed-out}, {@code revoked}, {@code password-changed},
 *     ...), or {@code null}
 */
public record Session(
    SessionId id,
    AccountId account,
    String tokenHash,
    Instant createdAt,
    Instant lastSeenAt,
    Instant idleExpiresAt,
    Instant expiresAt,
    String ipAddress,
    String userAgent,
    Instant endedAt,
    String endReason) {

  /** Whether the session may still be used at {@code now}. */
  public boolean activeAt(Instant now) {
    return endedAt == null && now.isBefore(idleExpiresAt) && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "Session[id=" + id + ", account=" + account + "]";
  }
}
