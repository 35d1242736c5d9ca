package io.rampart.store;

import io.rampart.identity.AccountRepository;
import io.rampart.identity.AccountRepositoryContract;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresAccountRepositoryIT extends AccountRepositoryContract {
  @Override
  protected AccountRepository newRepository() {
    return TestDatabase.store().accounts();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
