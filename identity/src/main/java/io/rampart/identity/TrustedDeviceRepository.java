package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * Stores trusted devices. Contract: every method joins the caller's transaction; arguments are
 * never {@code null}; "active" means not revoked and not expired at {@code now}. Thread-safe.
 */
public interface TrustedDeviceRepository {
  /** Trusts a device, revoking (at its creation time) any active trust of the same device first. */
  void trust(TrustedDevice device);

  boolean isTrusted(AccountId account, String deviceTokenHash, Instant now);

  /** The account's active trusted devices, newest first. */
  List<TrustedDevice> findActive(AccountId account, Instant now);

  /**
   * @return whether the account had that device active (and this call revoked it)
   */
  boolean revoke(AccountId account, TrustedDeviceId id, Instant at);

  /** Revokes every active trusted device of the account; returns how many. */
  int revokeAll(AccountId account, Instant at);
}
