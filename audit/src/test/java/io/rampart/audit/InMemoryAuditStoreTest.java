package io.rampart.audit;

import io.rampart.kernel.TransactionRunner;

class InMemoryAuditStoreTest extends AuditStoreContract {
  private InMemoryAuditStore inMemory;

  @Override
  protected AuditStore newStore() {
    inMemory = new InMemoryAuditStore();
    return inMemory;
  }

  @Override
  protected TransactionRunner transactions() {
    return inMemory.transactions();
  }
}
