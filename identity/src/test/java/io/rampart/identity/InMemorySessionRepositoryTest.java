package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
  @Override
  protected SessionRepository newRepository() {
    return new InMemorySessionRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
