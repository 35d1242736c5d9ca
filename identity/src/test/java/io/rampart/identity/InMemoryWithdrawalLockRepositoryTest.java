package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryWithdrawalLockRepositoryTest extends WithdrawalLockRepositoryContract {
  @Override
  protected WithdrawalLockRepository newRepository() {
    return new InMemoryWithdrawalLockRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
