package io.rampart.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.identity.ActionCatalogue;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.SecurityChange;
import io.rampart.identity.SensitiveAction;
import io.rampart.ipintel.IpDataKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void waitsAFewSecondsForADatabaseConnectionUnlessTold() {
    assertThat(bind(Map.of()).db().connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(bind(Map.of("rampart.db.connection-timeout", "10s")).db().connectionTimeout())
        .isEqualTo(Duration.ofSeconds(10));
    assertThatThrownBy(() -> bind(Map.of("rampart.db.connection-timeout", "100ms")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("rampart.db.connection-timeout");
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

  @Test
  void buildsTheMfaSettingsFromThePublicBaseUrlAndTheOverrides() {
    RampartProperties properties =
        bind(
            Map.of(
                "rampart.public-base-url", "https://rampart.example:8443",
                "rampart.mfa.actions.end-sessions.assurance", "any-factor",
                "rampart.mfa.actions.withdraw.assurance", "phishing-resistant",
                "rampart.mfa.withdrawal-locks.password-change", "0s",
                "rampart.mfa.withdrawal-locks.whitelist-disabled", "48h",
                "rampart.mfa.sign-in-policy", "always"));

    MfaSettings mfa = properties.mfaSettings(new MfaSettings.SecretKey(new byte[32]));

    assertThat(mfa.webAuthn().rpId()).isEqualTo("rampart.example");
    assertThat(mfa.webAuthn().origins()).containsExactly("https://rampart.example:8443");
    assertThat(mfa.signInPolicy()).isEqualTo(MfaSettings.SignInPolicy.ALWAYS);
    assertThat(mfa.actions().ruleFor(SensitiveAction.END_SESSIONS))
        .isEqualTo(
            new ActionCatalogue.Rule(
                ActionCatalogue.Risk.LOW, ActionCatalogue.Assurance.ANY_FACTOR));
    assertThat(mfa.actions().ruleFor(SensitiveAction.WITHDRAW).assurance())
        .isEqualTo(ActionCatalogue.Assurance.PHISHING_RESISTANT);
    assertThat(mfa.withdrawalLockAfter(SecurityChange.PASSWORD_CHANGE)).isZero();
    assertThat(mfa.withdrawalLockAfter(SecurityChange.WHITELIST_DISABLED))
        .isEqualTo(Duration.ofHours(48));
    assertThat(mfa.withdrawalLockAfter(SecurityChange.FACTOR_REMOVAL))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void refusesUnknownActionsAndChangesNamingTheGoodOnes() {
    RampartProperties action = bind(Map.of("rampart.mfa.actions.launch.assurance", "session"));
    RampartProperties change = bind(Map.of("rampart.mfa.withdrawal-locks.hair-cut", "1h"));
    MfaSettings.SecretKey key = new MfaSettings.SecretKey(new byte[32]);

    assertThatThrownBy(() -> action.mfaSettings(key))
        .hasMessageContaining("rampart.mfa.actions.launch names no action")
        .hasMessageContaining("withdraw");
    assertThatThrownBy(() -> change.mfaSettings(key))
        .hasMessageContaining("rampart.mfa.withdrawal-locks.hair-cut")
        .hasMessageContaining("recovery-code-use");
  }

  @Test
  void neverPrintsTheMfaKey() {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    assertThat(bind(Map.of("rampart.mfa.key", key)).toString()).doesNotContain(key);
  }

  @Test
  void readsIpDataFromTheDataDirectoryByDefault() {
    RampartProperties properties = bind(Map.of("rampart.data-dir", "/srv/rampart"));

    assertThat(properties.ipDataSettings().directory()).isEqualTo(Path.of("/srv/rampart/ip"));
    assertThat(properties.ipDataSettings().configured(IpDataKind.COUNTRY)).isEmpty();
    assertThat(properties.ipData().reloadInterval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void takesConfiguredIpDataFilesPerKind(@TempDir Path dir) throws IOException {
    Path tor = Files.writeString(dir.resolve("tor.txt"), "198.51.100.7\n");
    Path vpn = Files.writeString(dir.resolve("vpn.txt"), "203.0.113.0/24\n");
    RampartProperties properties =
        bind(
            Map.of(
                "rampart.ip-data.directory",
                dir.toString(),
                "rampart.ip-data.anonymising-lists",
                tor + "," + vpn));

    assertThat(properties.ipDataSettings().directory()).isEqualTo(dir);
    assertThat(properties.ipDataSettings().configured(IpDataKind.ANONYMISING_LIST))
        .containsExactly(tor, vpn);
  }

  @Test
  void refusesAConfiguredIpDataFileThatDoesNotExistNamingTheProperty(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                bind(
                    Map.of(
                        "rampart.ip-data.country-databases",
                        dir.resolve("GeoLite2-Country.mmdb").toString())))
        .rootCause()
        .hasMessageContaining("rampart.ip-data.country-databases")
        .hasMessageContaining("GeoLite2-Country.mmdb is not a readable file");
  }

  @Test
  void refusesAZeroIpDataReloadInterval() {
    assertThatThrownBy(() -> bind(Map.of("rampart.ip-data.reload-interval", "0s")))
        .rootCause()
        .hasMessageContaining("rampart.ip-data.reload-interval");
  }
}
