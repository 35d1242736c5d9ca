package io.rampart.store;

import io.rampart.identity.ServiceKeyRepository;
import io.rampart.identity.ServiceKeyRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresServiceKeyRepositoryIT extends ServiceKeyRepositoryContract {
  @Override
  protected ServiceKeyRepository newRepository() {
    return TestDatabase.store().serviceKeys();
  }
}
