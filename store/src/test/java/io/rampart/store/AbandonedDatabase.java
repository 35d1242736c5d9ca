package io.rampart.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program for {@link EmbeddedDatabaseIT}: starts the embedded database on {@code args[0]}, writes
 * one row, creates {@code args[0]/ready} and waits to be killed, leaving its server running.
 */
public final class AbandonedDatabase {
  private AbandonedDatabase() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
    Migrations.migrate(database.dataSource());
    JdbcClient.create(database.dataSource())
        .sql(
            "INSERT INTO sign_in_throttles (key, failures, last_failure_at)"
                + " VALUES ('written-before-the-kill', 1, now())")
        .update();
    Files.createFile(dataDir.resolve("ready"));
    Thread.sleep(Long.MAX_VALUE);
  }
}
