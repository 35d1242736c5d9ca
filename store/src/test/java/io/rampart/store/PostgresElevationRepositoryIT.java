package io.rampart.store;

import io.rampart.identity.ElevationRepository;
import io.rampart.identity.ElevationRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresElevationRepositoryIT extends ElevationRepositoryContract {
  @Override
  protected ElevationRepository newRepository() {
    return TestDatabase.store().mfa().elevations();
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
