package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryTrustedDeviceRepositoryTest extends TrustedDeviceRepositoryContract {
  @Override
  protected TrustedDeviceRepository newRepository() {
    return new InMemoryTrustedDeviceRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
