package io.rampart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * One connection to the server's embedded PostgreSQL (found through its data directory: the port in
 * {@code postmaster.pid}, the password Rampart keeps beside it), to change reloadable settings for
 * a run ({@code ALTER SYSTEM}, as an operator would, e.g. to log checkpoints and autovacuum) and to
 * read what the database did during a phase: WAL written, checkpoints, autovacuum and autoanalyze
 * runs. The connection stays idle while a phase runs.
 */
final class PostgresProbe implements AutoCloseable {
  /** Cumulative counters at one moment. */
  record Sample(long walBytes, long checkpoints, long autovacuums, long autoanalyzes) {}

  /** What happened between two samples. */
  record Activity(long walBytes, long checkpoints, long autovacuums, long autoanalyzes) {
    static Activity between(Sample a, Sample b) {
      return new Activity(
          b.walBytes() - a.walBytes(),
          b.checkpoints() - a.checkpoints(),
          b.autovacuums() - a.autovacuums(),
          b.autoanalyzes() - a.autoanalyzes());
    }

    /** WAL bytes per call, checkpoints, autovacuums and autoanalyzes. */
    String describe(long calls) {
      return "%s / %d / %d / %d"
          .formatted(
              calls == 0 ? "n/a" : Long.toString(walBytes / calls),
              checkpoints,
              autovacuums,
              autoanalyzes);
    }
  }

  private final Connection connection;

  private PostgresProbe(Connection connection) {
    this.connection = connection;
  }

  /**
   * Connects to the PostgreSQL whose data lives in {@code <dataDir>/postgres}, with the password in
   * {@code <dataDir>/postgres-password}.
   */
  static PostgresProbe connect(Path dataDir) throws IOException, SQLException {
    List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
    String port = pid.get(3).strip();
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty(
        "password", Files.readString(dataDir.resolve("postgres-password")).strip());
    return new PostgresProbe(
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port + "/rampart", properties));
  }

  /**
   * Sets each {@code name=value} with {@code ALTER SYSTEM} and reloads the configuration; only
   * settings a reload applies take effect.
   */
  void apply(List<String> settings) throws SQLException {
    if (settings.isEmpty()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String setting : settings) {
        int equals = setting.indexOf('=');
        String name = setting.substring(0, equals).strip();
        if (!name.matches("[a-z_]+")) {
          throw new IllegalArgumentException("not a setting name: " + name);
        }
        String value = setting.substring(equals + 1).strip().replace("'", "''");
        statement.execute("ALTER SYSTEM SET " + name + " = '" + value + "'");
      }
      statement.execute("SELECT pg_reload_conf()");
    }
  }

  /**
   * Leaves {@code bytes} of WAL segments ready to be recycled, as on a server that has run for a
   * while: writes that much WAL (a table filled and dropped), then runs a checkpoint, which renames
   * the segments behind it into the next ones. Without it a new cluster creates each 16 MiB segment
   * while commits wait for it ({@code fsync} of the new file and of {@code pg_wal}).
   */
  void recycleWal(long bytes) throws SQLException {
    long rows = bytes / 1_100;
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE bench_wal_filler AS SELECT repeat('x', 1000) AS filler"
              + " FROM generate_series(1, "
              + rows
              + ")");
      statement.execute("DROP TABLE bench_wal_filler");
      statement.execute("CHECKPOINT");
    }
  }

  Sample sample() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                """
                SELECT (SELECT wal_bytes FROM pg_stat_wal),
                       (SELECT num_timed + num_requested FROM pg_stat_checkpointer),
                       (SELECT coalesce(sum(autovacuum_count), 0) FROM pg_stat_all_tables),
                       (SELECT coalesce(sum(autoanalyze_count), 0) FROM pg_stat_all_tables)
                """)) {
      row.next();
      return new Sample(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
