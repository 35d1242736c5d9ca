package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Passkeys in memory, for tests. Thread-safe. */
public final class InMemoryPasskeyRepository implements PasskeyRepository {
  private final Map<String, Passkey> byId = new LinkedHashMap<>();

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
  public synchronized void recordUse(
      String credentialId, long signCount, boolean uvInitialized, boolean backedUp, Instant at) {
    byId.computeIfPresent(
        credentialId,
        (id, p) ->
            new Passkey(
                id,
                p.account(),
                p.name(),
                p.credentialData(),
                Math.max(p.signCount(), signCount),
                uvInitialized,
                p.backupEligible(),
                backedUp,
                p.transports(),
                p.createdAt(),
                at));
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
