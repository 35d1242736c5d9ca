package io.rampart.screening;

class InMemoryCustomerRegistryTest extends CustomerRegistryContract {
  @Override
  protected CustomerRegistry newRegistry() {
    return new InMemoryCustomerRegistry();
  }
}
