package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores passkeys. Contract: every method joins the caller's transaction; arguments are never
 * {@code null}; credential ids are compared exactly. Thread-safe.
 */
public interface PasskeyRepository {
  /**
   * @return {@code true} if inserted, {@code false} if the credential id is already registered (to
   *     any account; nothing changed)
   */
  boolean insert(Passkey passkey);

  /** The account's passkeys, oldest first. */
  List<Passkey> findByAccount(AccountId account);

  Optional<Passkey> findByCredentialId(String credentialId);

  /**
   * Records a use whose signature counter moved forward, as WebAuthn (§7.2, step 21) defines it:
   * the given counter is larger than the stored one, or both are zero (an authenticator that keeps
   * no counter). Then the counter, the backup state and user-verification flag are updated and
   * {@code lastUsedAt} set, in one conditional update; otherwise nothing changes. Of concurrent
   * calls with the same non-zero counter, at most one returns {@code true} (the store, not the
   * caller, decides).
   *
   * @return whether the use was recorded; {@code false} if the counter did not move forward (a
   *     cloned authenticator, or a concurrent use of the same counter that won) or the passkey is
   *     unknown
   */
  boolean recordUse(
      String credentialId, long signCount, boolean uvInitialized, boolean backedUp, Instant at);

  /**
   * @return whether the account has that passkey (and it was renamed)
   */
  boolean rename(AccountId account, String credentialId, String name);

  /**
   * @return whether the account had that passkey (and it was removed)
   */
  boolean delete(AccountId account, String credentialId);
}
