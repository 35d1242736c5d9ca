package io.rampart.store;

import io.rampart.identity.EmailVerificationRepository;
import io.rampart.identity.EmailVerificationRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresEmailVerificationRepositoryIT extends EmailVerificationRepositoryContract {
  @Override
  protected EmailVerificationRepository newRepository() {
    return TestDatabase.store().emailVerifications();
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
