package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryTotpRepositoryTest extends TotpRepositoryContract {
  @Override
  protected TotpRepository newRepository() {
    return new InMemoryTotpRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
