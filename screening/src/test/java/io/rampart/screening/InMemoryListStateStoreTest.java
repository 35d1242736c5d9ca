package io.rampart.screening;

class InMemoryListStateStoreTest extends ListStateStoreContract {
  @Override
  protected ListStateStore newStore() {
    return new InMemoryListStateStore();
  }
}
