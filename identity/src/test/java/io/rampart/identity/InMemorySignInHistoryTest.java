package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.util.UUID;

class InMemorySignInHistoryTest extends SignInHistoryContract {
  @Override
  protected SignInHistory newHistory() {
    return new InMemorySignInHistory();
  }

  @Override
  protected AccountId existingAccount() {
    return new AccountId(UUID.randomUUID());
  }
}
