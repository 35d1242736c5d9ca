package io.rampart.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, started on first use in a temporary directory, migrated
 * once, and stopped (its directory deleted) when the JVM exits. Tests empty it before each test
 * with {@link FreshDatabase} (or {@link #reset()}); server tests may share it.
 */
public final class TestDatabase {
  private TestDatabase() {}

  private static final class Holder {
    static final EmbeddedDatabase DATABASE = start();
    static final PostgresStore STORE = new PostgresStore(DATABASE.dataSource());
  }

  /** The shared database server. */
  public static EmbeddedDatabase database() {
    return Holder.DATABASE;
  }

  /** A pool on the shared, migrated database. */
  public static DataSource dataSource() {
    return Holder.DATABASE.dataSource();
  }

  /** The adapters over {@link #dataSource()}, created once. */
  public static PostgresStore store() {
    return Holder.STORE;
  }

  /**
   * Empties every table (keeping the schema and its history) and resets the audit head, bypassing
   * the audit trail's append-only triggers for this one transaction.
   */
  public static void reset() {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SET LOCAL session_replication_role = replica");
      statement.execute("TRUNCATE " + String.join(", ", tablesToEmpty(statement)));
      statement.execute("UPDATE audit_chain_head SET sequence = 0, hash = NULL");
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the test database", e);
    }
  }

  private static List<String> tablesToEmpty(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT IN ('flyway_schema_history', 'audit_chain_head')")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static EmbeddedDatabase start() {
    Path directory;
    try {
      directory = Files.createTempDirectory("rampart-test-db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EmbeddedDatabase database = EmbeddedDatabase.start(directory);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  database.close();
                  deleteQuietly(directory);
                },
                "test-database-stop"));
    Migrations.migrate(database.dataSource());
    return database;
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Left for the operating system's temporary-file cleanup.
    }
  }
}
