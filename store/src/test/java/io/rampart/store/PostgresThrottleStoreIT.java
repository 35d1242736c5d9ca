package io.rampart.store;

import io.rampart.identity.ThrottleStore;
import io.rampart.identity.ThrottleStoreContract;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresThrottleStoreIT extends ThrottleStoreContract {
  @Override
  protected ThrottleStore newStore() {
    return TestDatabase.store().throttles();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
