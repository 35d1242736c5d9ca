package io.rampart.identity.internal;

import io.rampart.identity.PasswordHasher;
import java.security.SecureRandom;

/**
 * A hash of a random password nobody knows, made with the configured parameters. Verifying a
 * password against it costs what verifying against a real account's hash costs, and never succeeds.
 */
final class DummyHash {
  private DummyHash() {}

  static String of(PasswordHasher hasher, SecureRandom random) {
    char[] password = new Tokens(random).newToken().toCharArray();
    try {
      return hasher.hash(password);
    } finally {
      PasswordText.wipe(password);
    }
  }
}
