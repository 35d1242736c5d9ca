package io.rampart.identity;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Service keys in memory, for tests. Thread-safe. */
public final class InMemoryServiceKeyRepository implements ServiceKeyRepository {
  private final Map<UUID, ServiceKey> keys = new LinkedHashMap<>();
  private final Map<ByteBuffer, UUID> byHash = new LinkedHashMap<>();

  @Override
  public synchronized void insert(ServiceKey key, byte[] secretHash) {
    Objects.requireNonNull(key, "key");
    ByteBuffer hash = ByteBuffer.wrap(secretHash.clone());
    if (secretHash.length != 32 || byHash.containsKey(hash) || keys.containsKey(key.id())) {
      throw new IllegalStateException("duplicate or malformed service key");
    }
    keys.put(key.id(), key);
    byHash.put(hash, key.id());
  }

  @Override
  public synchronized Optional<ServiceKey> findBySecretHash(byte[] secretHash) {
    return Optional.ofNullable(byHash.get(ByteBuffer.wrap(secretHash))).map(keys::get);
  }

  @Override
  public synchronized Optional<ServiceKey> findById(UUID id) {
    return Optional.ofNullable(keys.get(id));
  }

  @Override
  public synchronized List<ServiceKey> list() {
    return keys.values().stream()
        .sorted(
            Comparator.comparing(ServiceKey::createdAt).thenComparing(ServiceKey::id).reversed())
        .toList();
  }

  @Override
  public synchronized boolean revoke(UUID id, Instant at) {
    ServiceKey key = keys.get(id);
    if (key == null || !key.active()) {
      return false;
    }
    keys.put(id, key.revoked(at));
    return true;
  }

  @Override
  public synchronized void touch(UUID id, Instant at) {
    ServiceKey key = keys.get(id);
    if (key != null && (key.lastUsedAt() == null || key.lastUsedAt().isBefore(at))) {
      keys.put(id, key.usedAt(at));
    }
  }
}
