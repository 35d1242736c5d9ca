package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.Optional;

/**
 * Port offered to the withdrawal check: whether an account's withdrawals are locked after a recent
 * security change. Identity implements it ({@link Identity#withdrawalLocks()}); the withdrawal
 * capability calls it before approving a withdrawal and refuses one while a lock is in force.
 *
 * <p>Contract: {@link #activeLock} never returns {@code null}; it reads the current time from
 * identity's clock; it is thread-safe and joins the caller's transaction if there is one.
 */
public interface WithdrawalLocks {
  /** The lock in force that ends last, or empty if withdrawals are not locked. */
  Optional<WithdrawalLock> activeLock(AccountId account);
}
