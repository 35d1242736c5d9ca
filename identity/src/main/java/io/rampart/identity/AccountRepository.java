package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores accounts. Contract: every method joins the caller's transaction; arguments are never
 * {@code null}; e-mail addresses are compared in their normal form ({@link EmailAddress}).
 * Thread-safe.
 */
public interface AccountRepository {
  /**
   * Inserts an account unless one already has its e-mail address.
   *
   * @return {@code true} if inserted, {@code false} if the address was taken (and nothing changed;
   *     the caller's transaction remains usable)
   */
  boolean insertIfEmailFree(Account account);

  Optional<Account> findById(AccountId id);

  Optional<Account> findByEmail(EmailAddress email);

  void markEmailVerified(AccountId id, Instant at);

  /** Sets a new password hash and its change time. */
  void changePassword(AccountId id, String passwordHash, Instant changedAt);

  /**
   * Restarts the registration of an account whose address was never verified: sets a new password
   * hash and change time, but only if the account is still unverified and its hash is still {@code
   * expectedHash} (compare-and-set). Of concurrent calls with the same expected hash, at most one
   * returns {@code true}.
   *
   * @return whether the hash was replaced
   */
  boolean replaceUnverifiedPassword(
      AccountId id, String expectedHash, String passwordHash, Instant changedAt);

  /** Replaces the hash of the same password (new parameters); the change time stays. */
  void rehashPassword(AccountId id, String passwordHash);
}
