package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemoryElevationRepositoryTest extends ElevationRepositoryContract {
  @Override
  protected ElevationRepository newRepository() {
    return new InMemoryElevationRepository();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
