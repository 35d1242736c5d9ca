package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * Stores withdrawal locks. Contract: every method joins the caller's transaction; arguments are
 * never {@code null}. Thread-safe.
 */
public interface WithdrawalLockRepository {
  void insert(WithdrawalLock lock);

  /**
   * The account's locks still in force at {@code now} ({@code until} after it), latest end first.
   */
  List<WithdrawalLock> findActive(AccountId account, Instant now);
}
