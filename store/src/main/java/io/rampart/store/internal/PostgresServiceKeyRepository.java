package io.rampart.store.internal;

import io.rampart.identity.ServiceKey;
import io.rampart.identity.ServiceKeyRepository;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ServiceKeyRepository} on the {@code service_keys} table. */
final class PostgresServiceKeyRepository implements ServiceKeyRepository {
  private static final String COLUMNS =
      "id, name, prefix, scopes, created_at, created_by, last_used_at, revoked_at";

  private final JdbcClient jdbc;

  PostgresServiceKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(ServiceKey key, byte[] secretHash) {
    Objects.requireNonNull(key, "key");
    jdbc.sql(
            "INSERT INTO service_keys (id, name, prefix, secret_hash, scopes, created_at,"
                + " created_by, last_used_at, revoked_at) VALUES (:id, :name, :prefix, :hash,"
                + " :scopes, :createdAt, :createdBy, :lastUsedAt, :revokedAt)")
        .param("id", key.id())
        .param("name", key.name())
        .param("prefix", key.prefix())
        .param("hash", Objects.requireNonNull(secretHash, "secretHash"))
        .param("scopes", key.scopes().toArray(String[]::new))
        .param("createdAt", Timestamps.of(key.createdAt()))
        .param("createdBy", key.createdBy())
        .param("lastUsedAt", Timestamps.of(key.lastUsedAt()))
        .param("revokedAt", Timestamps.of(key.revokedAt()))
        .update();
  }

  @Override
  public Optional<ServiceKey> findBySecretHash(byte[] secretHash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM service_keys WHERE secret_hash = :hash")
        .param("hash", Objects.requireNonNull(secretHash, "secretHash"))
        .query(PostgresServiceKeyRepository::key)
        .optional();
  }

  @Override
  public Optional<ServiceKey> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM service_keys WHERE id = :id")
        .param("id", Objects.requireNonNull(id, "id"))
        .query(PostgresServiceKeyRepository::key)
        .optional();
  }

  @Override
  public List<ServiceKey> list() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM service_keys ORDER BY created_at DESC, id DESC")
        .query(PostgresServiceKeyRepository::key)
        .list();
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE service_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
            .param("id", Objects.requireNonNull(id, "id"))
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .update()
        == 1;
  }

  @Override
  public void touch(UUID id, Instant at) {
    jdbc.sql(
            "UPDATE service_keys SET last_used_at = :at WHERE id = :id"
                + " AND (last_used_at IS NULL OR last_used_at < :at)")
        .param("id", Objects.requireNonNull(id, "id"))
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .update();
  }

  private static ServiceKey key(ResultSet row, int rowNumber) throws SQLException {
    Array scopes = row.getArray("scopes");
    return new ServiceKey(
        row.getObject("id", UUID.class),
        row.getString("name"),
        row.getString("prefix"),
        Set.of((String[]) scopes.getArray()),
        Timestamps.read(row, "created_at"),
        row.getString("created_by"),
        Timestamps.read(row, "last_used_at"),
        Timestamps.read(row, "revoked_at"));
  }
}
