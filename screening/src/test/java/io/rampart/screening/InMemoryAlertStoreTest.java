package io.rampart.screening;

class InMemoryAlertStoreTest extends AlertStoreContract {
  @Override
  protected AlertStore newStore() {
    return new InMemoryAlertStore();
  }
}
