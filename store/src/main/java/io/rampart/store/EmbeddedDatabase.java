package io.rampart.store;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run from bundled binaries, keeping its data in {@code
 * <dataDir>/postgres}. A later start on the same directory finds the same data. The server listens
 * on a free local port; it stops when this is closed. The owner closes it, after everything that
 * uses it (no JVM shutdown hook here, so it cannot stop under a server still draining requests). A
 * server left running on the directory by a JVM that died without closing it is stopped by the next
 * start.
 *
 * <p>Every connection, over TCP or the Unix socket, needs the superuser's password: any local user
 * can reach a loopback port, and a password-less server would let them read password hashes or
 * rewrite the audit trail. The password is 256 random bits kept in {@code
 * <dataDir>/postgres-password}, readable by its owner only. A new cluster gets it from {@code
 * initdb}, so it never runs without one; a cluster made before Rampart set passwords gets one on
 * its first start (started once as it was, given the password, stopped). The cluster's {@code
 * pg_hba.conf} is Rampart's and is rewritten at every start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  /** The database Rampart's schema lives in. */
  public static final String DATABASE = "rampart";

  /** The file under the data directory that holds the superuser's password. */
  public static final String PASSWORD_FILE = "postgres-password";

  private static final String SUPERUSER = "postgres";
  private static final String HBA_FILE = "pg_hba.conf";
  private static final List<String> HBA =
      List.of(
          "# Written by Rampart at every start: every connection needs the password kept in",
          "# <data dir>/" + PASSWORD_FILE + ". Edits here are lost.",
          "local all all scram-sha-256",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256");

  private final Path directory;
  private final EmbeddedPostgres postgres;
  private final String password;
  private final HikariDataSource dataSource;
  private boolean closed;

  private EmbeddedDatabase(
      Path directory, EmbeddedPostgres postgres, String password, Duration connectionTimeout) {
    this.directory = directory;
    this.postgres = postgres;
    this.password = password;
    this.dataSource = ConnectionPool.open(jdbcUrl(), SUPERUSER, password, connectionTimeout);
  }

  /** {@link #start(Path, Duration)} with the pool's default connection timeout. */
  public static EmbeddedDatabase start(Path dataDir) {
    return start(dataDir, ConnectionPool.DEFAULT_CONNECTION_TIMEOUT);
  }

  /**
   * Starts PostgreSQL on {@code <dataDir>/postgres}, creating the data directory, its password and
   * the {@value #DATABASE} database on first use.
   *
   * @param connectionTimeout how long a caller of {@link #dataSource()} waits for a connection
   * @throws UncheckedIOException if the server cannot be started
   */
  public static EmbeddedDatabase start(Path dataDir, Duration connectionTimeout) {
    Path root = dataDir.toAbsolutePath().normalize();
    Path directory = root.resolve("postgres");
    Path passwordFile = root.resolve(PASSWORD_FILE);
    EmbeddedPostgres postgres;
    String password;
    try {
      Files.createDirectories(directory);
      OrphanedServer.stopIfAny(directory);
      password =
          OwnerOnlyFile.readOrCreate(
              passwordFile, EmbeddedDatabase::newPassword, "embedded database password");
      if (madeWithoutPassword(directory)) {
        setPasswordOnce(directory, password);
      }
      postgres =
          builder(directory)
              // Zonky hands each "locale" setting to initdb as --key=value: this one gives a new
              // cluster's superuser its password from the start.
              .setLocaleConfig("pwfile", passwordFile.toString())
              .setDataDirectoryCustomizer(data -> writeHba(data.toPath()))
              .setConnectConfig("password", password)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
    }
    try {
      createDatabaseIfMissing(postgres.getPostgresDatabase());
      return new EmbeddedDatabase(directory, postgres, password, connectionTimeout);
    } catch (RuntimeException | SQLException e) {
      closeQuietly(postgres, e);
      throw new IllegalStateException("could not prepare the embedded PostgreSQL database", e);
    }
  }

  private static EmbeddedPostgres.Builder builder(Path directory) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setLocaleConfig("locale", "C")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setRegisterShutdownHook(false);
  }

  private static String newPassword() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Whether the directory holds a cluster whose connections are not yet Rampart's to govern: made
   * before passwords were required, or stopped between {@code initdb} and its first start.
   */
  private static boolean madeWithoutPassword(Path directory) throws IOException {
    Path hba = directory.resolve(HBA_FILE);
    return Files.exists(directory.resolve("PG_VERSION"))
        && (!Files.exists(hba) || !Files.readAllLines(hba, StandardCharsets.UTF_8).equals(HBA));
  }

  /**
   * Starts the cluster once as it is (its old rules let the superuser in without a password), gives
   * the superuser {@code password} and stops it again. The password is made of base64url characters
   * only, so it is safe inside a string literal; statements are not logged by default.
   */
  private static void setPasswordOnce(Path directory, String password) throws IOException {
    try (EmbeddedPostgres unguarded = builder(directory).start();
        Connection connection = unguarded.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not give the embedded PostgreSQL in " + directory + " a password", e);
    }
  }

  private static void writeHba(Path directory) {
    try {
      Files.write(directory.resolve(HBA_FILE), HBA, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + directory.resolve(HBA_FILE), e);
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

  /** A URL for the {@value #DATABASE} database, user included, password not. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl(SUPERUSER, DATABASE);
  }

  /** The superuser. */
  public String user() {
    return SUPERUSER;
  }

  /** The superuser's password (also in {@value #PASSWORD_FILE}); never log it. */
  public String password() {
    return password;
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
