package io.rampart.store;

import io.rampart.audit.AuditStore;
import io.rampart.audit.AuditStoreContract;
import io.rampart.kernel.TransactionRunner;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresAuditStoreIT extends AuditStoreContract {
  @Override
  protected AuditStore newStore() {
    return TestDatabase.store().auditStore();
  }

  @Override
  protected TransactionRunner transactions() {
    return TestDatabase.store().transactions();
  }
}
