package io.rampart.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: where service keys are kept. Owned by identity; implemented in store (PostgreSQL) and by an
 * in-memory fake in tests.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>The secret itself is never given to the repository, only its SHA-256 ({@code secretHash},
 *       32 bytes), which MUST be unique: {@link #insert} of a hash already stored MUST fail and
 *       store nothing.
 *   <li>{@link #findBySecretHash} returns revoked keys too; the caller decides.
 *   <li>{@link #revoke} sets the revocation time once: it returns {@code false} and changes nothing
 *       for an unknown or already revoked key.
 *   <li>{@link #touch} never moves {@code lastUsedAt} backwards and ignores unknown keys.
 *   <li>Methods join the caller's transaction; implementations are thread-safe.
 * </ul>
 */
public interface ServiceKeyRepository {
  void insert(ServiceKey key, byte[] secretHash);

  Optional<ServiceKey> findBySecretHash(byte[] secretHash);

  Optional<ServiceKey> findById(UUID id);

  /** Every key, revoked ones included, newest first. */
  List<ServiceKey> list();

  boolean revoke(UUID id, Instant at);

  void touch(UUID id, Instant at);
}
