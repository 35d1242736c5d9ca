package io.rampart.identity;

import java.time.Instant;

/**
 * A passkey as its owner sees it.
 *
 * @param id the credential id (base64url)
 * @param synced whether the authenticator may sync it between devices
 * @param lastUsedAt when it was last used, or {@code null}
 */
public record PasskeyView(
    String id, String name, Instant createdAt, Instant lastUsedAt, boolean synced) {
  public static PasskeyView of(Passkey passkey) {
    return new PasskeyView(
        passkey.credentialId(),
        passkey.name(),
        passkey.createdAt(),
        passkey.lastUsedAt(),
        passkey.backupEligible());
  }
}
