package io.rampart.store;

import io.rampart.identity.SessionRepository;
import io.rampart.identity.SessionRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresSessionRepositoryIT extends SessionRepositoryContract {
  @Override
  protected SessionRepository newRepository() {
    return TestDatabase.store().sessions();
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
