package io.rampart.server.security;

import io.rampart.identity.MfaSettings;
import io.rampart.server.config.ConfigurationProblem;
import io.rampart.server.config.RampartProperties;
import io.rampart.store.OwnerOnlyFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the MFA key comes from. It seals authenticator-app seeds, so every node must have the same
 * one and losing it makes every app useless:
 *
 * <ul>
 *   <li>{@code rampart.mfa.key} set: 32 bytes in base64 ({@code openssl rand -base64 32}); anything
 *       else stops start-up;
 *   <li>not set, embedded database: generated into {@code <data dir>/mfa-key} (owner-only) on first
 *       start and reused, like the operator token, so a single node keeps working across restarts;
 *   <li>not set, external database ({@code rampart.db.url}): start-up stops, since nodes behind a
 *       load balancer would each make their own key and fail to read each other's seeds.
 * </ul>
 */
public final class MfaKeySource {
  static final String FILE = "mfa-key";
  private static final String HOW =
      "Generate one with `openssl rand -base64 32` and give it to every node as"
          + " rampart.mfa.key (RAMPART_MFA_KEY), kept with your other secrets.";

  private MfaKeySource() {}

  public static MfaSettings.SecretKey resolve(RampartProperties properties, SecureRandom random) {
    String configured = properties.mfa().key();
    if (configured != null && !configured.isBlank()) {
      return decode(configured.strip(), "rampart.mfa.key");
    }
    if (properties.db().external()) {
      throw new ConfigurationProblem(
          "rampart.mfa.key is required with an external database (rampart.db.url).", HOW);
    }
    Path file = properties.dataDir().resolve(FILE);
    String stored =
        OwnerOnlyFile.readOrCreate(
            file,
            () -> {
              byte[] bytes = new byte[MfaSettings.SecretKey.LENGTH];
              random.nextBytes(bytes);
              return Base64.getEncoder().encodeToString(bytes);
            },
            "MFA key");
    return decode(stored, file.toString());
  }

  private static MfaSettings.SecretKey decode(String text, String source) {
    byte[] bytes;
    try {
      bytes =
          text.indexOf('-') >= 0 || text.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationProblem(source + " is not valid base64.", HOW);
    }
    if (bytes.length != MfaSettings.SecretKey.LENGTH) {
      throw new ConfigurationProblem(
          source
              + " holds "
              + bytes.length
              + " bytes; the MFA key must be "
              + MfaSettings.SecretKey.LENGTH
              + " bytes (256 bits).",
          HOW);
    }
    return new MfaSettings.SecretKey(bytes);
  }
}
