package io.rampart.store;

import io.rampart.identity.ChallengeRepository;
import io.rampart.identity.ChallengeRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresChallengeRepositoryIT extends ChallengeRepositoryContract {
  @Override
  protected ChallengeRepository newRepository() {
    return TestDatabase.store().mfa().challenges();
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
