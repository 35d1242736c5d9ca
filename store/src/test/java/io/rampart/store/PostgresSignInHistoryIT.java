package io.rampart.store;

import io.rampart.identity.SignInHistory;
import io.rampart.identity.SignInHistoryContract;
import io.rampart.kernel.AccountId;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresSignInHistoryIT extends SignInHistoryContract {
  @Override
  protected SignInHistory newHistory() {
    return TestDatabase.store().signInHistory();
  }

  @Override
  protected AccountId existingAccount() {
    return Accounts.existing();
  }
}
