package io.rampart.store;

import io.rampart.kernel.TransactionRunner;
import io.rampart.screening.AlertStore;
import io.rampart.screening.AlertStoreContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresAlertStoreIT extends AlertStoreContract {
  @Override
  protected AlertStore newStore() {
    return TestDatabase.store().screeningAlerts();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
