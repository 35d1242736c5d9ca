package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryPasskeyRepositoryTest extends PasskeyRepositoryContract {
  @Override
  protected PasskeyRepository newRepository() {
    return new InMemoryPasskeyRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
