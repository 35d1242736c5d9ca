package io.rampart.store;

import io.rampart.identity.WithdrawalLockRepository;
import io.rampart.identity.WithdrawalLockRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresWithdrawalLockRepositoryIT extends WithdrawalLockRepositoryContract {
  @Override
  protected WithdrawalLockRepository newRepository() {
    return TestDatabase.store().mfa().withdrawalLocks();
  }

  @Override
  protected AccountId existingAccount() {
    return Accounts.existing();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
