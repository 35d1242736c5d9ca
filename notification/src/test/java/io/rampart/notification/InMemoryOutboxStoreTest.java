package io.rampart.notification;

class InMemoryOutboxStoreTest extends OutboxStoreContract {
  @Override
  protected OutboxStore newStore() {
    return new InMemoryOutboxStore();
  }
}
