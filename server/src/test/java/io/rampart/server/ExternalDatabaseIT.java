package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rampart.store.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node on an external database, which this test starts (a PostgreSQL of its own, so it can stop
 * it without touching the shared test context):
 *
 * <ul>
 *   <li>without {@code rampart.mfa.key} the node refuses to start, saying only what is wrong and
 *       what to do, and before it has migrated the database;
 *   <li>with the key it starts; then the database stops under it: requests that need the database
 *       are answered {@code 503 SYS_UNAVAILABLE} with {@code Retry-After} after the short
 *       connection timeout (not a 500 after HikariCP's default 30 s), and the node reports itself
 *       not ready while staying live.
 * </ul>
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseIT {
  @TempDir static Path directory;

  private static EmbeddedDatabase database;
  private static Throwable startWithoutKey;
  private static String reportWithoutKey;
  private static boolean migratedWithoutKey;
  private static ConfigurableApplicationContext node;
  private static ApiClient api;

  @BeforeAll
  static void startWithoutKeyThenWithThenStopTheDatabase(CapturedOutput output) {
    database = EmbeddedDatabase.start(directory.resolve("db"));

    int before = output.getAll().length();
    startWithoutKey = catchThrowable(() -> start(List.of()));
    reportWithoutKey = output.getAll().substring(before);
    migratedWithoutKey =
        JdbcClient.create(database.dataSource())
            .sql("SELECT to_regclass('flyway_schema_history') IS NOT NULL")
            .query(Boolean.class)
            .single();

    node = start(List.of("--rampart.mfa.key=" + Base64.getEncoder().encodeToString(new byte[32])));
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    api = new ApiClient("http://localhost:" + port);
    assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);

    database.close();
  }

  /** Command-line arguments, since application.properties outranks default properties. */
  private static ConfigurableApplicationContext start(List<String> more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--rampart.data-dir=" + directory.resolve("node"),
                "--rampart.db.url=" + database.jdbcUrl(),
                "--rampart.db.user=" + database.user(),
                "--rampart.db.password=" + database.password(),
                "--rampart.db.connection-timeout=1s",
                "--rampart.password.argon2.memory-kib=1024",
                "--rampart.password.argon2.iterations=1",
                "--rampart.risk.flush-interval=1h"));
    args.addAll(more);
    return new SpringApplicationBuilder(RampartApplication.class).run(args.toArray(String[]::new));
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void refusesToStartWithoutTheMfaKeyWithJustWhatIsWrongAndWhatToDo() {
    assertThat(startWithoutKey).isNotNull();
    assertThat(reportWithoutKey).contains("APPLICATION FAILED TO START").doesNotContain("\tat ");
    assertThat(reportWithoutKey.substring(reportWithoutKey.indexOf("APPLICATION FAILED")))
        .contains("rampart.mfa.key is required with an external database")
        .contains("openssl rand -base64 32")
        .doesNotContain("Error creating bean", "Exception");
  }

  @Test
  void refusesToStartWithoutTheMfaKeyBeforeMigratingTheDatabase() {
    assertThat(migratedWithoutKey).isFalse();
  }

  @Test
  void answersARequestThatNeedsTheDatabaseAsUnavailable() {
    ApiClient.Reply reply =
        api.post("/api/v1/sessions")
            .json(Map.of("email", "alice@example.com", "password", ServerTestBase.PASSWORD))
            .send();

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.code()).isEqualTo("SYS_UNAVAILABLE");
    assertThat(reply.header("Retry-After")).isEqualTo("5");
    assertThat(reply.json().has("correlationId")).isFalse();
  }

  @Test
  void answersASessionTokenThatCannotBeCheckedAsUnavailable() {
    ApiClient.Reply reply = api.get("/api/v1/account").bearer("x".repeat(43)).send();

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.code()).isEqualTo("SYS_UNAVAILABLE");
    assertThat(reply.header("Retry-After")).isNotBlank();
  }

  @Test
  void reportsTheNodeNotReadyButLive() {
    ApiClient.Reply readiness = api.get("/actuator/health/readiness").send();
    ApiClient.Reply liveness = api.get("/actuator/health/liveness").send();

    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.json().path("components").path("db").path("status").asString())
        .isEqualTo("DOWN");
    assertThat(liveness.status()).isEqualTo(200);
  }
}
