package io.rampart.store;

import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.OutboxStore;
import io.rampart.notification.OutboxStoreContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresOutboxStoreIT extends OutboxStoreContract {
  @Override
  protected OutboxStore newStore() {
    return TestDatabase.store().outboxStore();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
