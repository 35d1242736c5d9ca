package io.rampart.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with the migrations under {@code db/migration}. */
public final class Migrations {
  private Migrations() {}

  /**
   * Applies every pending migration. Refuses to run if an applied migration was changed since.
   *
   * @return how many migrations this call applied
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
