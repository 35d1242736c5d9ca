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
   * Records a use: the signature counter becomes the larger of the stored and the given one, the
   * backup state and user-verification flag are updated, and {@code lastUsedAt} set.
   */
  void recordUse(
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
