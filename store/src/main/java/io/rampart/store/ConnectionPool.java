package io.rampart.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;

/** Opens pooled connections to a PostgreSQL database. */
public final class ConnectionPool {
  /**
   * How long a caller waits for a connection unless told otherwise. Short on purpose: with the
   * database down, a request should fail in seconds (and be answered as unavailable), not hold a
   * server thread for HikariCP's default 30 s.
   */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);

  /** The shortest connection timeout accepted: HikariCP ignores anything under 250 ms. */
  public static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(500);

  private static final Duration MAX_VALIDATION_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAXIMUM_SIZE = 10;

  private ConnectionPool() {}

  /** {@link #open(String, String, String, Duration)} with the default connection timeout. */
  public static HikariDataSource open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, DEFAULT_CONNECTION_TIMEOUT);
  }

  /**
   * Opens a pool and checks that it can connect; close it to release its connections.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL
   * @param user the database user, or {@code null} to take it from the URL
   * @param password the user's password, or {@code null}; never logged
   * @param connectionTimeout how long a caller waits for a connection (also the driver's login
   *     timeout) before getting an exception; at least {@link #MIN_CONNECTION_TIMEOUT}
   * @throws RuntimeException if the database cannot be reached
   */
  public static HikariDataSource open(
      String jdbcUrl, String user, String password, Duration connectionTimeout) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the database URL must start with jdbc:postgresql:");
    }
    if (connectionTimeout == null || connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
      throw new IllegalArgumentException(
          "the connection timeout must be at least " + MIN_CONNECTION_TIMEOUT.toMillis() + " ms");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("rampart");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(MAXIMUM_SIZE);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.setConnectionTimeout(connectionTimeout.toMillis());
    config.setValidationTimeout(validationTimeout(connectionTimeout).toMillis());
    return new HikariDataSource(config);
  }

  /** Checking a pooled connection before lending it must fit in the caller's wait. */
  static Duration validationTimeout(Duration connectionTimeout) {
    Duration half = connectionTimeout.dividedBy(2);
    return half.compareTo(MAX_VALIDATION_TIMEOUT) < 0 ? half : MAX_VALIDATION_TIMEOUT;
  }
}
