package io.rampart.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;

/** Opens pooled connections to a PostgreSQL database. */
public final class ConnectionPool {
  private static final int MAXIMUM_SIZE = 10;

  private ConnectionPool() {}

  /**
   * Opens a pool and checks that it can connect; close it to release its connections.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL
   * @param user the database user, or {@code null} to take it from the URL
   * @param password the user's password, or {@code null}; never logged
   * @throws RuntimeException if the database cannot be reached
   */
  public static HikariDataSource open(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the database URL must start with jdbc:postgresql:");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("rampart");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(MAXIMUM_SIZE);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return new HikariDataSource(config);
  }
}
