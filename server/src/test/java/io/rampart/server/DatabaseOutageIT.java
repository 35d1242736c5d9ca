package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.store.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database stops under a running node: requests that need it are answered {@code 503
 * SYS_UNAVAILABLE} with {@code Retry-After} after the short connection timeout (not a 500 after
 * HikariCP's default 30 s), and the node reports itself not ready while staying live. The node runs
 * against a PostgreSQL of its own, as an external database, so this test can stop it without
 * touching the shared test context.
 */
class DatabaseOutageIT {
  @TempDir static Path directory;

  private static EmbeddedDatabase database;
  private static ConfigurableApplicationContext node;
  private static ApiClient api;

  @BeforeAll
  static void startNodeThenStopItsDatabase() {
    database = EmbeddedDatabase.start(directory.resolve("db"));
    node =
        new SpringApplicationBuilder(RampartApplication.class)
            .run(
                "--server.port=0",
                "--rampart.data-dir=" + directory.resolve("node"),
                "--rampart.db.url=" + database.jdbcUrl(),
                "--rampart.db.user=" + database.user(),
                "--rampart.db.password=" + database.password(),
                "--rampart.db.connection-timeout=1s",
                "--rampart.mfa.key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "--rampart.password.argon2.memory-kib=1024",
                "--rampart.password.argon2.iterations=1",
                "--rampart.risk.flush-interval=1h");
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    api = new ApiClient("http://localhost:" + port);
    assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);

    database.close();
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
