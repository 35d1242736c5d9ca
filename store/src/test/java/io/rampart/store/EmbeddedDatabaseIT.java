package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseIT {
  @TempDir Path dataDir;

  @Test
  void keepsItsDataInThePostgresFolderOfTheDataDirectory() {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      assertThat(database.directory()).isEqualTo(dataDir.toAbsolutePath().resolve("postgres"));
      assertThat(Files.exists(database.directory().resolve("PG_VERSION"))).isTrue();
      assertThat(database.jdbcUrl()).contains("/" + EmbeddedDatabase.DATABASE + "?");
    }
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
}
