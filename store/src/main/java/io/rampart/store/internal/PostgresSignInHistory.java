package io.rampart.store.internal;

import io.rampart.identity.SignInHistory;
import io.rampart.kernel.AccountId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SignInHistory} on the {@code sign_in_devices} and {@code sign_in_sources} tables. A source
 * is keyed by a SHA-256 over its IP address and user agent, since a user agent can be long.
 */
final class PostgresSignInHistory implements SignInHistory {
  private final JdbcClient jdbc;

  PostgresSignInHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean knowsDevice(AccountId account, String deviceTokenHash) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM sign_in_devices"
                + " WHERE account_id = :account AND device_token_hash = :device)")
        .param("account", account.value())
        .param("device", Objects.requireNonNull(deviceTokenHash, "deviceTokenHash"))
        .query(Boolean.class)
        .single();
  }

  @Override
  public boolean knowsSource(AccountId account, String ipAddress, String userAgent) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM sign_in_sources"
                + " WHERE account_id = :account AND source_hash = :source)")
        .param("account", account.value())
        .param("source", sourceHash(ipAddress, userAgent))
        .query(Boolean.class)
        .single();
  }

  @Override
  public void recordDevice(AccountId account, String deviceTokenHash, Instant at) {
    jdbc.sql(
            "INSERT INTO sign_in_devices AS d"
                + " (account_id, device_token_hash, first_seen_at, last_seen_at)"
                + " VALUES (:account, :device, :at, :at)"
                + " ON CONFLICT (account_id, device_token_hash)"
                + " DO UPDATE SET last_seen_at = GREATEST(d.last_seen_at, EXCLUDED.last_seen_at)")
        .param("account", account.value())
        .param("device", Objects.requireNonNull(deviceTokenHash, "deviceTokenHash"))
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .update();
  }

  @Override
  public void recordSource(AccountId account, String ipAddress, String userAgent, Instant at) {
    jdbc.sql(
            "INSERT INTO sign_in_sources AS s"
                + " (account_id, source_hash, ip_address, user_agent, first_seen_at, last_seen_at)"
                + " VALUES (:account, :source, :ipAddress, :userAgent, :at, :at)"
                + " ON CONFLICT (account_id, source_hash)"
                + " DO UPDATE SET last_seen_at = GREATEST(s.last_seen_at, EXCLUDED.last_seen_at)")
        .param("account", account.value())
        .param("source", sourceHash(ipAddress, userAgent))
        .param("ipAddress", ipAddress, Types.VARCHAR)
        .param("userAgent", userAgent, Types.VARCHAR)
        .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
        .update();
  }

  /**
   * SHA-256 over both values, each as a presence byte, a length and its UTF-8 bytes, so that no two
   * different pairs (null and empty included) share an encoding.
   */
  static byte[] sourceHash(String ipAddress, String userAgent) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    update(digest, ipAddress);
    update(digest, userAgent);
    return digest.digest();
  }

  private static void update(MessageDigest digest, String value) {
    if (value == null) {
      digest.update((byte) 0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) 1);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }
}
