package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsIT {
  private final String name = "migrations_" + UUID.randomUUID().toString().replace("-", "");
  private final JdbcClient server = JdbcClient.create(TestDatabase.dataSource());
  private HikariDataSource empty;

  @BeforeEach
  void createEmptyDatabase() {
    server.sql("CREATE DATABASE " + name).update();
    String url = TestDatabase.database().jdbcUrl().replace("/rampart?", "/" + name + "?");
    empty =
        ConnectionPool.open(
            url, TestDatabase.database().user(), TestDatabase.database().password());
  }

  @AfterEach
  void dropDatabase() {
    empty.close();
    server.sql("DROP DATABASE " + name + " WITH (FORCE)").update();
  }

  @Test
  void createsTheWholeSchemaOnAnEmptyDatabase() {
    assertThat(Migrations.migrate(empty)).isPositive();

    JdbcClient jdbc = JdbcClient.create(empty);
    assertThat(
            jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                .query(String.class)
                .list())
        .contains(
            "accounts",
            "email_verifications",
            "sessions",
            "sign_in_devices",
            "sign_in_sources",
            "sign_in_throttles",
            "audit_records",
            "audit_chain_head",
            "outbox_messages",
            "screening_customers",
            "screening_alerts",
            "screening_list_entries",
            "totp_factors",
            "passkeys",
            "recovery_codes",
            "mfa_challenges",
            "step_up_elevations",
            "trusted_devices",
            "withdrawal_locks");
    assertThat(jdbc.sql("SELECT sequence FROM audit_chain_head").query(Long.class).single())
        .isZero();
  }

  @Test
  void appliesNothingTheSecondTime() {
    Migrations.migrate(empty);

    assertThat(Migrations.migrate(empty)).isZero();
  }

  @Test
  void commentsEveryTable() {
    Migrations.migrate(empty);

    assertThat(
            JdbcClient.create(empty)
                .sql(
                    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind = 'r'"
                        + " AND c.relname <> 'flyway_schema_history'"
                        + " AND obj_description(c.oid, 'pg_class') IS NULL")
                .query(String.class)
                .list())
        .isEmpty();
  }
}
