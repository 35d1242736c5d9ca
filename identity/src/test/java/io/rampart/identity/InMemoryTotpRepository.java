package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Authenticator apps in memory, for tests. Thread-safe. */
public final class InMemoryTotpRepository implements TotpRepository {
  private final Map<AccountId, TotpFactor> factors = new HashMap<>();

  @Override
  public synchronized boolean savePending(TotpFactor pending) {
    TotpFactor current = factors.get(pending.account());
    if (current != null && current.confirmed()) {
      return false;
    }
    factors.put(
        pending.account(),
        new TotpFactor(
            pending.account(),
            pending.encryptedSeed(),
            pending.createdAt(),
            null,
            null,
            pending.session()));
    return true;
  }

  @Override
  public synchronized Optional<TotpFactor> find(AccountId account) {
    return Optional.ofNullable(factors.get(account));
  }

  @Override
  public synchronized boolean confirm(
      AccountId account, String encryptedSeed, Instant at, long step) {
    TotpFactor current = factors.get(account);
    if (current == null || current.confirmed() || !current.encryptedSeed().equals(encryptedSeed)) {
      return false;
    }
    factors.put(
        account,
        new TotpFactor(account, encryptedSeed, current.createdAt(), at, step, current.session()));
    return true;
  }

  @Override
  public synchronized boolean claimStep(AccountId account, long step) {
    TotpFactor current = factors.get(account);
    if (current == null
        || !current.confirmed()
        || (current.lastUsedStep() != null && current.lastUsedStep() >= step)) {
      return false;
    }
    factors.put(
        account,
        new TotpFactor(
            account,
            current.encryptedSeed(),
            current.createdAt(),
            current.confirmedAt(),
            step,
            current.session()));
    return true;
  }

  @Override
  public synchronized boolean delete(AccountId account) {
    TotpFactor removed = factors.remove(account);
    return removed != null && removed.confirmed();
  }
}
