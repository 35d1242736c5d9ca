package io.rampart.store;

import io.rampart.identity.TrustedDeviceRepository;
import io.rampart.identity.TrustedDeviceRepositoryContract;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresTrustedDeviceRepositoryIT extends TrustedDeviceRepositoryContract {
  @Override
  protected TrustedDeviceRepository newRepository() {
    return TestDatabase.store().mfa().trustedDevices();
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
