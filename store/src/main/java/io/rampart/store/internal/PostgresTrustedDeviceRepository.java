package io.rampart.store.internal;

import io.rampart.identity.TrustedDevice;
import io.rampart.identity.TrustedDeviceId;
import io.rampart.identity.TrustedDeviceRepository;
import io.rampart.kernel.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TrustedDeviceRepository} on the {@code trusted_devices} table. */
final class PostgresTrustedDeviceRepository implements TrustedDeviceRepository {
  private static final String COLUMNS =
      "id, account_id, device_token_hash, label, ip_address, created_at, expires_at, revoked_at";
  private static final String ACTIVE =
      "account_id = :account AND revoked_at IS NULL AND expires_at > :now";

  private final JdbcClient jdbc;

  PostgresTrustedDeviceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void trust(TrustedDevice device) {
    jdbc.sql(
            "UPDATE trusted_devices SET revoked_at = :now WHERE "
                + ACTIVE
                + " AND device_token_hash = :hash")
        .param("now", Timestamps.of(device.createdAt()))
        .param("account", device.account().value())
        .param("hash", device.deviceTokenHash())
        .update();
    jdbc.sql(
            "INSERT INTO trusted_devices ("
                + COLUMNS
                + ") VALUES (:id, :account, :hash, :label, :ip, :createdAt, :expiresAt,"
                + " :revokedAt)")
        .param("id", device.id().value())
        .param("account", device.account().value())
        .param("hash", device.deviceTokenHash())
        .param("label", device.label(), Types.VARCHAR)
        .param("ip", device.ipAddress(), Types.VARCHAR)
        .param("createdAt", Timestamps.of(device.createdAt()))
        .param("expiresAt", Timestamps.of(device.expiresAt()))
        .param("revokedAt", Timestamps.of(device.revokedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .update();
  }

  @Override
  public boolean isTrusted(AccountId account, String deviceTokenHash, Instant now) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM trusted_devices WHERE "
                + ACTIVE
                + " AND device_token_hash = :hash)")
        .param("account", account.value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .param("hash", Objects.requireNonNull(deviceTokenHash, "deviceTokenHash"))
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<TrustedDevice> findActive(AccountId account, Instant now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM trusted_devices WHERE "
                + ACTIVE
                + " ORDER BY created_at DESC, id DESC")
        .param("account", account.value())
        .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
        .query(PostgresTrustedDeviceRepository::device)
        .list();
  }

  @Override
  public boolean revoke(AccountId account, TrustedDeviceId id, Instant at) {
    return jdbc.sql(
                "UPDATE trusted_devices SET revoked_at = :now WHERE " + ACTIVE + " AND id = :id")
            .param("now", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("account", account.value())
            .param("id", id.value())
            .update()
        == 1;
  }

  @Override
  public int revokeAll(AccountId account, Instant at) {
    return jdbc.sql("UPDATE trusted_devices SET revoked_at = :now WHERE " + ACTIVE)
        .param("now", Timestamps.of(Objects.requireNonNull(at, "at")))
        .param("account", account.value())
        .update();
  }

  private static TrustedDevice device(ResultSet row, int rowNumber) throws SQLException {
    return new TrustedDevice(
        new TrustedDeviceId(row.getObject("id", UUID.class)),
        new AccountId(row.getObject("account_id", UUID.class)),
        row.getString("device_token_hash"),
        row.getString("label"),
        row.getString("ip_address"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "expires_at"),
        Timestamps.read(row, "revoked_at"));
  }
}
