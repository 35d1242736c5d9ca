package io.rampart.identity;

class InMemoryServiceKeyRepositoryTest extends ServiceKeyRepositoryContract {
  @Override
  protected ServiceKeyRepository newRepository() {
    return new InMemoryServiceKeyRepository();
  }
}
