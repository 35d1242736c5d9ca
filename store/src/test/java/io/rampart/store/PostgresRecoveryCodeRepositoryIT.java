package io.rampart.store;

import io.rampart.identity.RecoveryCodeRepository;
import io.rampart.identity.RecoveryCodeRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresRecoveryCodeRepositoryIT extends RecoveryCodeRepositoryContract {
  @Override
  protected RecoveryCodeRepository newRepository() {
    return TestDatabase.store().mfa().recoveryCodes();
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
