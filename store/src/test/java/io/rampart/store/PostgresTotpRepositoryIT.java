package io.rampart.store;

import io.rampart.identity.TotpRepository;
import io.rampart.identity.TotpRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresTotpRepositoryIT extends TotpRepositoryContract {
  @Override
  protected TotpRepository newRepository() {
    return TestDatabase.store().mfa().totp();
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
