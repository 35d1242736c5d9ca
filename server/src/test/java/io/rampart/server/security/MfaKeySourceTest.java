package io.rampart.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.identity.MfaSettings;
import io.rampart.server.config.ConfigurationProblem;
import io.rampart.server.config.RampartProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MfaKeySourceTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dataDir;

  private RampartProperties properties(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(extra);
    values.put("rampart.data-dir", dataDir.toString());
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("rampart", RampartProperties.class);
  }

  private static String key(int bytes) {
    byte[] key = new byte[bytes];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void takesAConfiguredKeyInBase64OrBase64url() {
    String standard = key(32);
    String url = Base64.getUrlEncoder().encodeToString(Base64.getDecoder().decode(standard));

    MfaSettings.SecretKey fromStandard =
        MfaKeySource.resolve(properties(Map.of("rampart.mfa.key", standard)), RANDOM);
    MfaSettings.SecretKey fromUrl =
        MfaKeySource.resolve(properties(Map.of("rampart.mfa.key", url)), RANDOM);

    assertThat(fromStandard).isEqualTo(fromUrl);
    assertThat(fromStandard.bytes()).isEqualTo(Base64.getDecoder().decode(standard));
    assertThat(Files.exists(dataDir.resolve(MfaKeySource.FILE))).isFalse();
  }

  @Test
  void stopsStartUpWithAnExternalDatabaseAndNoKeySayingHowToMakeOne() {
    RampartProperties production =
        properties(Map.of("rampart.db.url", "jdbc:postgresql://db.internal:5432/rampart"));

    assertThatThrownBy(() -> MfaKeySource.resolve(production, RANDOM))
        .isInstanceOfSatisfying(
            ConfigurationProblem.class,
            problem -> assertThat(problem.action()).contains("openssl rand -base64 32"))
        .hasMessageContaining("rampart.mfa.key is required");
  }

  @Test
  void stopsStartUpForAKeyThatIsNotBase64OrNot256Bits() {
    String notBase64 = "not base64 at all!";
    String short16 = key(16);

    assertThatThrownBy(
            () -> MfaKeySource.resolve(properties(Map.of("rampart.mfa.key", notBase64)), RANDOM))
        .hasMessageContaining("rampart.mfa.key is not valid base64")
        .message()
        .doesNotContain(notBase64);
    assertThatThrownBy(
            () -> MfaKeySource.resolve(properties(Map.of("rampart.mfa.key", short16)), RANDOM))
        .hasMessageContaining("holds 16 bytes")
        .message()
        .doesNotContain(short16);
  }

  @Test
  void generatesAnOwnerOnlyKeyForTheEmbeddedDatabaseAndReusesIt() throws Exception {
    MfaSettings.SecretKey first = MfaKeySource.resolve(properties(Map.of()), RANDOM);
    MfaSettings.SecretKey second = MfaKeySource.resolve(properties(Map.of()), RANDOM);

    Path file = dataDir.resolve(MfaKeySource.FILE);
    assertThat(second).isEqualTo(first);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void refusesAnAlteredKeyFile() throws Exception {
    MfaKeySource.resolve(properties(Map.of()), RANDOM);
    Files.writeString(dataDir.resolve(MfaKeySource.FILE), key(8));

    assertThatThrownBy(() -> MfaKeySource.resolve(properties(Map.of()), RANDOM))
        .hasMessageContaining("mfa-key holds 8 bytes");
  }
}
