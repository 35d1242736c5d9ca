package io.rampart.store;

import io.rampart.identity.PasskeyRepository;
import io.rampart.identity.PasskeyRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresPasskeyRepositoryIT extends PasskeyRepositoryContract {
  @Override
  protected PasskeyRepository newRepository() {
    return TestDatabase.store().mfa().passkeys();
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
