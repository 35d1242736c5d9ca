package io.rampart.store;

import io.rampart.screening.CustomerRegistry;
import io.rampart.screening.CustomerRegistryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresCustomerRegistryIT extends CustomerRegistryContract {
  @Override
  protected CustomerRegistry newRegistry() {
    return TestDatabase.store().screeningCustomers();
  }
}
