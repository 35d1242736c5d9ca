package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores each account's authenticator app (at most one per account). Contract: every method joins
 * the caller's transaction; arguments are never {@code null}. Thread-safe.
 */
public interface TotpRepository {
  /**
   * Stores a pending (unconfirmed) enrolment with the session that started it, replacing a pending
   * one, unless the account has a confirmed authenticator app.
   *
   * @return whether it was stored ({@code false}: a confirmed one exists and nothing changed)
   */
  boolean savePending(TotpFactor pending);

  Optional<TotpFactor> find(AccountId account);

  /**
   * Confirms the pending enrolment whose sealed seed is {@code encryptedSeed}, recording {@code
   * step} as its last used time step. Of concurrent calls, at most one returns {@code true}.
   *
   * @return whether this call confirmed it (false if it was replaced, removed or confirmed)
   */
  boolean confirm(AccountId account, String encryptedSeed, Instant at, long step);

  /**
   * Accepts time step {@code step} of the confirmed authenticator app if it is newer than every
   * step accepted before, in one atomic compare-and-set: of concurrent calls with the same step,
   * exactly one returns {@code true} (the store, not the caller, enforces single use).
   */
  boolean claimStep(AccountId account, long step);

  /**
   * Removes the account's authenticator app, pending or confirmed.
   *
   * @return whether a confirmed one was removed
   */
  boolean delete(AccountId account);
}
