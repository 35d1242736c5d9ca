package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered passkey (WebAuthn credential) as stored.
 *
 * @param credentialId the credential id, base64url without padding
 * @param credentialData the attested credential data (AAGUID, id and COSE public key) as the
 *     authenticator encoded it; public, not secret
 * @param signCount the newest signature counter seen
 * @param uvInitialized whether user verification has been performed with it
 * @param backupEligible whether the authenticator may sync it (a synced passkey)
 * @param backedUp whether it was backed up when last used
 * @param transports how the browser reaches it (comma-separated WebAuthn transport names), may be
 *     empty
 * @param lastUsedAt when it was last used, or {@code null}
 */
public record Passkey(
    String credentialId,
    AccountId account,
    String name,
    byte[] credentialData,
    long signCount,
    boolean uvInitialized,
    boolean backupEligible,
    boolean backedUp,
    String transports,
    Instant createdAt,
    Instant lastUsedAt) {
  public Passkey {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    credentialData = Objects.requireNonNull(credentialData, "credentialData").clone();
    Objects.requireNonNull(transports, "transports");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public byte[] credentialData() {
    return credentialData.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Passkey p
        && credentialId.equals(p.credentialId)
        && account.equals(p.account)
        && name.equals(p.name)
        && java.util.Arrays.equals(credentialData, p.credentialData)
        && signCount == p.signCount
        && uvInitialized == p.uvInitialized
        && backupEligible == p.backupEligible
        && backedUp == p.backedUp
        && transports.equals(p.transports)
        && createdAt.equals(p.createdAt)
        && Objects.equals(lastUsedAt, p.lastUsedAt);
  }

  @Override
  public int hashCode() {
    return credentialId.hashCode();
  }

  @Override
  public String toString() {
    return "Passkey[credentialId=" + credentialId + ", account=" + account + "]";
  }
}
