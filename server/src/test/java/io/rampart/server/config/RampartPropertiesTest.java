package io.rampart.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RampartPropertiesTest {

  private static RampartProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("rampart", RampartProperties.class);
  }

  @Test
  void defaultsToTheQuickStartSettings() {
    RampartProperties properties = bind(Map.of());

    assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
    assertThat(properties.db().external()).isFalse();
    assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(properties.session().lifetime()).isEqualTo(Duration.ofHours(12));
    assertThat(properties.cookie().secure()).isTrue();
    assertThat(properties.mail().from()).isEqualTo("Rampart <no-reply@localhost>");
    assertThat(properties.identitySettings().passwordPolicy().argon2().memoryKiB())
        .isEqualTo(19 * 1024);
  }

  @Test
  void buildsTheVerificationLinkFromThePublicBaseUrl() {
    RampartProperties properties = bind(Map.of("rampart.public-base-url", "https://r.example/"));

    assertThat(properties.identitySettings().verificationLinkBase())
        .isEqualTo("https://r.example/verify-email?token=");
  }

  @Test
  void refusesAnIdleTimeoutLongerThanTheLifetimeNamingTheProperty() {
    assertThatThrownBy(
            () ->
                bind(
                    Map.of(
                        "rampart.session.idle-timeout", "2h",
                        "rampart.session.lifetime", "1h")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("rampart.session.idle-timeout");
  }

  @Test
  void refusesADatabaseUrlThatIsNotPostgres() {
    assertThatThrownBy(() -> bind(Map.of("rampart.db.url", "jdbc:mysql://db/rampart")))
        .rootCause()
        .hasMessageContaining("rampart.db.url");
  }

  @Test
  void refusesARelativePublicBaseUrl() {
    assertThatThrownBy(() -> bind(Map.of("rampart.public-base-url", "rampart.example")))
        .rootCause()
        .hasMessageContaining("rampart.public-base-url");
  }

  @Test
  void keepsTheDatabasePasswordOutOfToString() {
    RampartProperties properties =
        bind(
            Map.of(
                "rampart.db.url", "jdbc:postgresql://db/rampart",
                "rampart.db.user", "rampart",
                "rampart.db.password", "hunter2-secret"));

    assertThat(properties.toString()).doesNotContain("hunter2-secret").contains("password=***");
  }
}
