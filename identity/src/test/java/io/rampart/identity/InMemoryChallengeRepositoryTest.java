package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryChallengeRepositoryTest extends ChallengeRepositoryContract {
  @Override
  protected ChallengeRepository newRepository() {
    return new InMemoryChallengeRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
