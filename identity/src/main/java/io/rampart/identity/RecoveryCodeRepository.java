package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * Stores recovery codes, hashed (SHA-256 of 120-bit random codes). Contract: every method joins the
 * caller's transaction; arguments are never {@code null}. Thread-safe.
 */
public interface RecoveryCodeRepository {
  /** Replaces every code of the account (used or not) with these. */
  void replaceAll(AccountId account, List<String> codeHashes, Instant at);

  /**
   * Uses the account's unused code with this hash. Of concurrent calls for one code, exactly one
   * returns {@code true}.
   */
  boolean use(AccountId account, String codeHash, Instant at);

  int countUnused(AccountId account);

  void deleteAll(AccountId account);
}
