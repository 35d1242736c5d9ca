package io.rampart.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (session, device and verification tokens): 256 random bits in base64url without
 * padding. Only their SHA-256 is stored: a token has enough entropy that a fast hash is safe, and a
 * stolen table does not let anyone act as the holders.
 */
final class Tokens {
  private static final int BYTES = 32;

  /** Longer than any token this class makes; longer input is refused without a lookup. */
  static final int MAX_PRESENTED_LENGTH = 200;

  private final SecureRandom random;

  Tokens(SecureRandom random) {
    this.random = random;
  }

  String newToken() {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Whether a presented token is worth looking up at all. */
  static boolean plausible(String token) {
    return token != null && !token.isEmpty() && token.length() <= MAX_PRESENTED_LENGTH;
  }
}
