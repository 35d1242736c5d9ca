package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Withdrawal locks in memory, for tests. Thread-safe. */
public final class InMemoryWithdrawalLockRepository implements WithdrawalLockRepository {
  private final List<WithdrawalLock> locks = new ArrayList<>();

  @Override
  public synchronized void insert(WithdrawalLock lock) {
    locks.add(lock);
  }

  @Override
  public synchronized List<WithdrawalLock> findActive(AccountId account, Instant now) {
    return locks.stream()
        .filter(l -> l.account().equals(account) && l.until().isAfter(now))
        .sorted(Comparator.comparing(WithdrawalLock::until).reversed())
        .toList();
  }
}
