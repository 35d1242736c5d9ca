package io.rampart.server.security;

import io.rampart.server.config.ConfigurationProblem;
import io.rampart.store.OwnerOnlyFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The operator's bearer token, kept in {@code <data dir>/operator-token}: made on first start (32
 * random bytes, base64url), readable by the owner only, reused afterwards. The token itself is
 * never logged; only the file's path is.
 */
public final class OperatorToken {
  /**
   * The credential's name: its file under the data directory, and the operator's name in audit
   * records until staff accounts exist.
   */
  public static final String NAME = "operator-token";

  private final byte[] token;

  private OperatorToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads the token file under {@code dataDir}, creating it first if it does not exist. */
  public static OperatorToken loadOrCreate(Path dataDir, SecureRandom random) {
    Path file = dataDir.resolve(NAME);
    String value =
        OwnerOnlyFile.readOrCreate(
            file,
            () -> {
              byte[] bytes = new byte[32];
              random.nextBytes(bytes);
              return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            },
            "operator token");
    if (value.length() < 32) {
      throw new ConfigurationProblem(
          "The operator token in " + file + " is too short.",
          "Delete the file; Rampart makes a new token at the next start.");
    }
    return new OperatorToken(value);
  }

  /** Compares in constant time. */
  public boolean matches(String presented) {
    if (presented == null) return false;
    return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "OperatorToken[***]";
  }
}
