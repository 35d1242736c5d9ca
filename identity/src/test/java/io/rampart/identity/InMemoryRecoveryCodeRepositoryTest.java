package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryRecoveryCodeRepositoryTest extends RecoveryCodeRepositoryContract {
  @Override
  protected RecoveryCodeRepository newRepository() {
    return new InMemoryRecoveryCodeRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
