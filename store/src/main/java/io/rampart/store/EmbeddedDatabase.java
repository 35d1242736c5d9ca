package io.rampart.store;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run from bundled binaries, keeping its data in {@code
 * <dataDir>/postgres}. A later start on the same directory finds the same data. The server listens
 * on a free local port and trusts local connections; it stops when this is closed. The owner closes
 * it, after everything that uses it (no JVM shutdown hook here, so it cannot stop under a server
 * still draining requests). A server left running on the directory by a JVM that died without
 * closing it is stopped by the next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  /** The database Rampart's schema lives in. */
  public static final String DATABASE = "rampart";

  private static final String SUPERUSER = "postgres";

  private final Path directory;
  private final EmbeddedPostgres postgres;
  private final HikariDataSource dataSource;
  private boolean closed;

  private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres) {
    this.directory = directory;
    this.postgres = postgres;
    this.dataSource = ConnectionPool.open(jdbcUrl(), SUPERUSER, null);
  }

  /**
   * Starts PostgreSQL on {@code <dataDir>/postgres}, creating the data directory and the {@value
   * #DATABASE} database on first use.
   *
   * @throws UncheckedIOException if the server cannot be started
   */
  public static EmbeddedDatabase start(Path dataDir) {
    Path directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(directory);
      OrphanedServer.stopIfAny(directory);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setLocaleConfig("locale", "C")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setRegisterShutdownHook(false)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
    }
    try {
      createDatabaseIfMissing(postgres.getPostgresDatabase());
      return new EmbeddedDatabase(directory, postgres);
    } catch (RuntimeException | SQLException e) {
      closeQuietly(postgres, e);
      throw new IllegalStateException("could not prepare the embedded PostgreSQL database", e);
    }
  }

  private static void createDatabaseIfMissing(DataSource maintenance) throws SQLException {
    try (Connection connection = maintenance.getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
      }
    }
  }

  /** The directory PostgreSQL keeps its data in. */
  public Path directory() {
    return directory;
  }

  /** A URL for the {@value #DATABASE} database, user included. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl(SUPERUSER, DATABASE);
  }

  /** The superuser; local connections need no password. */
  public String user() {
    return SUPERUSER;
  }

  /** A connection pool on the {@value #DATABASE} database, closed with this. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Closes the pool, then stops the server (fast shutdown: open transactions roll back). Returns
   * only once the server has stopped, also when another thread is already closing it.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (postgres) {
      dataSource.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres, Exception failure) {
    try {
      postgres.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
