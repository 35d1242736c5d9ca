package io.rampart.identity.internal;

import io.rampart.identity.SecurityChange;
import io.rampart.identity.WithdrawalLock;
import io.rampart.identity.WithdrawalLocks;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Withdrawal locks after security changes: each change locks withdrawals for as long as the
 * configured table says (nothing if it names no duration), and the lock that ends last is the one
 * in force.
 */
public final class SecurityChanges implements WithdrawalLocks {
  private final Context context;

  SecurityChanges(Context context) {
    this.context = context;
  }

  /** Records a change's lock, in the caller's transaction. */
  void record(AccountId account, SecurityChange change, Instant at) {
    Duration lock = context.mfa().withdrawalLockAfter(change);
    if (lock.isPositive()) {
      context
          .mfaPorts()
          .withdrawalLocks()
          .insert(new WithdrawalLock(account, change, at, at.plus(lock)));
    }
  }

  /** A change another capability made (an e-mail change, a disabled whitelist): lock and audit. */
  public void recordFrom(AccountId account, SecurityChange change, RequestOrigin origin) {
    context
        .ports()
        .transactions()
        .run(
            () -> {
              Instant now = context.now();
              record(account, change, now);
              context.auditOwn(
                  account, "security.change_recorded", origin, Map.of("change", change.wireName()));
            });
  }

  @Override
  public Optional<WithdrawalLock> activeLock(AccountId account) {
    return context.mfaPorts().withdrawalLocks().findActive(account, context.now()).stream()
        .findFirst();
  }
}
