package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseIT {
  @TempDir Path dataDir;

  @Test
  void keepsItsDataInThePostgresFolderOfTheDataDirectory() {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      assertThat(database.directory())
          .isEqualTo(dataDir.toAbsolutePath().normalize().resolve("postgres"));
      assertThat(Files.exists(database.directory().resolve("PG_VERSION"))).isTrue();
      assertThat(database.jdbcUrl()).contains("/" + EmbeddedDatabase.DATABASE + "?");
    }
  }

  @Test
  void flushesEveryCommitToDiskBeforeItReturns() {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      JdbcClient sql = JdbcClient.create(database.dataSource());
      for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        assertThat(sql.sql("SHOW " + setting).query(String.class).single())
            .as(setting)
            .isEqualTo("on");
      }
    }
  }

  @Test
  void acceptsOnlyConnectionsWithThePasswordKeptInAFileOnlyItsOwnerCanRead() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      Path file = dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE);
      assertThat(Files.readString(file).strip()).isEqualTo(database.password()).hasSize(43);
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));

      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "guess").close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      assertThat(
              JdbcClient.create(database.dataSource())
                  .sql("SELECT 1")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void givesAClusterMadeWithoutAPasswordOneAndKeepsItsData() throws Exception {
    Path cluster = dataDir.resolve("postgres");
    try (EmbeddedPostgres unguarded =
        EmbeddedPostgres.builder()
            .setDataDirectory(cluster)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .start()) {
      JdbcClient.create(unguarded.getPostgresDatabase())
          .sql("CREATE TABLE kept (note text)")
          .update();
      JdbcClient.create(unguarded.getPostgresDatabase())
          .sql("INSERT INTO kept VALUES ('from before')")
          .update();
    }

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      String postgresDb = database.jdbcUrl().replace("/rampart?", "/postgres?");
      assertThatThrownBy(() -> DriverManager.getConnection(postgresDb).close())
          .isInstanceOf(SQLException.class);
      try (Connection connection =
              DriverManager.getConnection(postgresDb, "postgres", database.password());
          Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT note FROM kept")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("from before");
      }
    }

    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
      assertThat(
              JdbcClient.create(again.dataSource()).sql("SELECT 1").query(Integer.class).single())
          .isEqualTo(1);
    }
  }

  @Test
  void closingStopsTheServer() {
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
    Path pidFile = database.directory().resolve("postmaster.pid");
    assertThat(Files.exists(pidFile)).isTrue();

    database.close();

    assertThat(Files.exists(pidFile)).isFalse();
  }

  @Test
  void aRestartOnTheSameDirectoryFindsTheSameData() {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
      Migrations.migrate(first.dataSource());
      JdbcClient.create(first.dataSource())
          .sql(
              "INSERT INTO sign_in_throttles (key, failures, last_failure_at)"
                  + " VALUES ('kept', 3, now())")
          .update();
    }

    try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
      assertThat(Migrations.migrate(second.dataSource())).isZero();
      assertThat(
              JdbcClient.create(second.dataSource())
                  .sql("SELECT failures FROM sign_in_throttles WHERE key = 'kept'")
                  .query(Integer.class)
                  .optional())
          .contains(3);
    }
  }

  @Test
  void startsAfterAJvmThatWasKilledLeftItsServerRunning() throws Exception {
    Process abandoning =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AbandonedDatabase.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      awaitReady(abandoning);
    } finally {
      abandoning.destroyForcibly().waitFor();
    }

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir)) {
      assertThat(
              JdbcClient.create(restarted.dataSource())
                  .sql(
                      "SELECT count(*) FROM sign_in_throttles WHERE key = 'written-before-the-kill'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  private void awaitReady(Process process) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(dataDir.resolve("ready"))) {
      if (!process.isAlive()) {
        throw new AssertionError("the database process ended with " + process.exitValue());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the database process never got ready");
      }
      Thread.sleep(20);
    }
  }
}
