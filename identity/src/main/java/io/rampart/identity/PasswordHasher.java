package io.rampart.identity;

/**
 * Hashes passwords into self-describing encoded strings (PHC string format, parameters included).
 * Thread-safe. Implementations never keep, log or put into exceptions the password they are given.
 */
public interface PasswordHasher {
  String hash(char[] password);

  boolean verify(String encodedHash, char[] password);

  /** Whether {@code encodedHash} was made with other parameters than this hasher's. */
  boolean needsRehash(String encodedHash);

  /**
   * Argon2id with the given parameters (native reference implementation). Passwords are
   * NFC-normalised first; encoded hashes start with {@code $argon2id$v=19$m=<KiB>,t=<iterations>,
   * p=<lanes>$}.
   */
  static PasswordHasher argon2id(IdentitySettings.Argon2Parameters parameters) {
    return new io.rampart.identity.internal.Argon2idHasher(parameters);
  }
}
