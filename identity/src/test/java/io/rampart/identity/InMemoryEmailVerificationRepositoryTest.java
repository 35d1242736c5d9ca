package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryEmailVerificationRepositoryTest extends EmailVerificationRepositoryContract {
  @Override
  protected EmailVerificationRepository newRepository() {
    return new InMemoryEmailVerificationRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
