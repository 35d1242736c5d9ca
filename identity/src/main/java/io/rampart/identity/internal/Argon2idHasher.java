package io.rampart.identity.internal;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.PasswordHasher;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id through the native reference implementation (argon2-jvm). Passwords are NFC-normalised
 * before hashing and verifying, so the encoded hash does not depend on how the password was typed.
 * The encoded string is in PHC format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}) and
 * holds its parameters. Thread-safe.
 */
public final class Argon2idHasher implements PasswordHasher {
  private static final Pattern ENCODED =
      Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$");

  private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id);
  private final Argon2Parameters parameters;

  public Argon2idHasher(Argon2Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  @Override
  public String hash(char[] password) {
    char[] normalized = PasswordText.normalized(password);
    try {
      return argon2.hash(
          parameters.iterations(), parameters.memoryKiB(), parameters.parallelism(), normalized);
    } finally {
      PasswordText.wipe(normalized);
    }
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    if (encodedHash == null || !ENCODED.matcher(encodedHash).find()) {
      return false;
    }
    char[] normalized = PasswordText.normalized(password);
    try {
      return argon2.verify(encodedHash, normalized);
    } finally {
      PasswordText.wipe(normalized);
    }
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    Matcher matcher = ENCODED.matcher(encodedHash == null ? "" : encodedHash);
    if (!matcher.find()) {
      return true;
    }
    return Long.parseLong(matcher.group(1)) != parameters.memoryKiB()
        || Long.parseLong(matcher.group(2)) != parameters.iterations()
        || Long.parseLong(matcher.group(3)) != parameters.parallelism();
  }

  @Override
  public String toString() {
    return "Argon2idHasher[" + parameters + "]";
  }
}
