package io.rampart.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: {@link #COUNT} single-use codes of 120 random bits, written as six groups of four
 * characters ({@code 7hq2-...}) in an alphabet without look-alikes. With that much entropy a plain
 * SHA-256 is a safe way to store them (NIST SP 800-63B asks for at least 112 bits before a fast
 * hash will do), and a lookup by hash leaks nothing through timing.
 */
final class RecoveryCodes {
  static final int COUNT = 10;
  private static final int GROUPS = 6;
  private static final int GROUP_LENGTH = 4;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private RecoveryCodes() {}

  static List<String> generate(SecureRandom random) {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int g = 0; g < GROUPS; g++) {
        if (g > 0) {
          code.append('-');
        }
        for (int c = 0; c < GROUP_LENGTH; c++) {
          code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /**
   * The code in normal form (lower case, without dashes and spaces), or empty if it cannot be one:
   * wrong length or characters outside the alphabet.
   */
  static Optional<String> normalized(String presented) {
    if (presented == null || presented.length() > 64) {
      return Optional.empty();
    }
    String plain = presented.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    if (plain.length() != GROUPS * GROUP_LENGTH
        || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(plain);
  }

  static String hash(String normalized) {
    return Tokens.hash("recovery:" + normalized);
  }

  static String hashOfGenerated(String code) {
    return hash(normalized(code).orElseThrow());
  }
}
