package io.rampart.identity;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {
  @Override
  protected AccountRepository newRepository() {
    return new InMemoryAccountRepository();
  }
}
