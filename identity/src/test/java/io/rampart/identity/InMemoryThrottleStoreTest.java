package io.rampart.identity;

class InMemoryThrottleStoreTest extends ThrottleStoreContract {
  @Override
  protected ThrottleStore newStore() {
    return new InMemoryThrottleStore();
  }
}
