package io.rampart.store;

import io.rampart.screening.ListStateStore;
import io.rampart.screening.ListStateStoreContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresListStateStoreIT extends ListStateStoreContract {
  @Override
  protected ListStateStore newStore() {
    return TestDatabase.store().screeningListStates();
  }
}
