package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * Withdrawals of an account are locked until {@code until} because of {@code change}.
 *
 * @param lockedAt when the change happened
 */
public record WithdrawalLock(
    AccountId account, SecurityChange change, Instant lockedAt, Instant until) {
  public WithdrawalLock {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(lockedAt, "lockedAt");
    Objects.requireNonNull(until, "until");
  }
}
