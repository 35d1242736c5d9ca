package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Passkeys in memory, for tests. Thread-safe. A test can line up racing uses at a barrier ({@link
 * #lineUpUsesAt}), so that they are all checked before any is recorded.
 */
public final class InMemoryPasskeyRepository implements PasskeyRepository {
  private final Map<String, Passkey> byId = new LinkedHashMap<>();
  private volatile CyclicBarrier lineUp;

  /** Makes every {@link #recordUse} wait at {@code barrier} first; {@code null} to stop. */
  public void lineUpUsesAt(CyclicBarrier barrier) {
    this.lineUp = barrier;
  }

  @Override
  public synchronized boolean insert(Passkey passkey) {
    return byId.putIfAbsent(passkey.credentialId(), passkey) == null;
  }

  @Override
  public synchronized List<Passkey> findByAccount(AccountId account) {
    return byId.values().stream()
        .filter(p -> p.account().equals(account))
        .sorted(Comparator.comparing(Passkey::createdAt))
        .toList();
  }

  @Override
  public synchronized Optional<Passkey> findByCredentialId(String credentialId) {
    return Optional.ofNullable(byId.get(credentialId));
  }

  @Override
  public boolean recordUse(
      String credentialId, long signCount, boolean uvInitialized, boolean backedUp, Instant at) {
    CyclicBarrier barrier = lineUp;
    if (barrier != null) {
      try {
        barrier.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("racing uses did not line up", e);
      }
    }
    synchronized (this) {
      Passkey p = byId.get(credentialId);
      boolean forward =
          p != null && (p.signCount() < signCount || (signCount == 0 && p.signCount() == 0));
      if (!forward) {
        return false;
      }
      byId.put(
          credentialId,
          new Passkey(
              credentialId,
              p.account(),
              p.name(),
              p.credentialData(),
              signCount,
              uvInitialized,
              p.backupEligible(),
              backedUp,
              p.transports(),
              p.createdAt(),
              at));
      return true;
    }
  }

  @Override
  public synchronized boolean rename(AccountId account, String credentialId, String name) {
    Passkey p = byId.get(credentialId);
    if (p == null || !p.account().equals(account)) {
      return false;
    }
    byId.put(
        credentialId,
        new Passkey(
            credentialId,
            account,
            name,
            p.credentialData(),
            p.signCount(),
            p.uvInitialized(),
            p.backupEligible(),
            p.backedUp(),
            p.transports(),
            p.createdAt(),
            p.lastUsedAt()));
    return true;
  }

  @Override
  public synchronized boolean delete(AccountId account, String credentialId) {
    Passkey p = byId.get(credentialId);
    if (p == null || !p.account().equals(account)) {
      return false;
    }
    byId.remove(credentialId);
    return true;
  }
}
