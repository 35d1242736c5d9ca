package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
