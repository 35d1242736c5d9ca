package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in memory, for tests. Thread-safe. */
public final class InMemoryAccountRepository implements AccountRepository {
  private final Map<AccountId, Account> byId = new LinkedHashMap<>();

  @Override
  public synchronized boolean insertIfEmailFree(Account account) {
    if (findByEmail(account.email()).isPresent() || byId.containsKey(account.id())) {
      return false;
    }
    byId.put(account.id(), account);
    return true;
  }

  @Override
  public synchronized Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Account> findByEmail(EmailAddress email) {
    return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
  }

  @Override
  public synchronized void markEmailVerified(AccountId id, Instant at) {
    byId.computeIfPresent(
        id,
        (k, a) ->
            new Account(
                a.id(), a.email(), a.passwordHash(), a.createdAt(), at, a.passwordChangedAt()));
  }

  @Override
  public synchronized void changePassword(AccountId id, String passwordHash, Instant changedAt) {
    byId.computeIfPresent(
        id,
        (k, a) ->
            new Account(
                a.id(), a.email(), passwordHash, a.createdAt(), a.emailVerifiedAt(), changedAt));
  }

  @Override
  public synchronized boolean replaceUnverifiedPassword(
      AccountId id, String expectedHash, String passwordHash, Instant changedAt) {
    Account a = byId.get(id);
    if (a == null || a.emailVerified() || !a.passwordHash().equals(expectedHash)) {
      return false;
    }
    changePassword(id, passwordHash, changedAt);
    return true;
  }

  @Override
  public synchronized void rehashPassword(AccountId id, String passwordHash) {
    byId.computeIfPresent(
        id,
        (k, a) ->
            new Account(
                a.id(),
                a.email(),
                passwordHash,
                a.createdAt(),
                a.emailVerifiedAt(),
                a.passwordChangedAt()));
  }

  /** Every stored account, in insertion order. */
  public synchronized List<Account> all() {
    return List.copyOf(byId.values());
  }
}
