package io.rampart.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A key with which a backend system (an exchange's servers) calls Rampart. Only the SHA-256 of its
 * secret is kept; {@code prefix}, the secret's first characters, lets operators tell keys apart.
 *
 * @param scopes what the key may do, such as {@code risk:evaluate}; sorted
 * @param createdBy the operator who created it
 * @param lastUsedAt when it last authenticated a call (kept to the minute), or {@code null}
 * @param revokedAt when it was revoked, or {@code null} while it works
 */
public record ServiceKey(
    UUID id,
    String name,
    String prefix,
    Set<String> scopes,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt) {
  public ServiceKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    scopes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
  }

  public boolean active() {
    return revokedAt == null;
  }

  public ServiceKey usedAt(Instant at) {
    return new ServiceKey(id, name, prefix, scopes, createdAt, createdBy, at, revokedAt);
  }

  public ServiceKey revoked(Instant at) {
    return new ServiceKey(id, name, prefix, scopes, createdAt, createdBy, lastUsedAt, at);
  }
}
