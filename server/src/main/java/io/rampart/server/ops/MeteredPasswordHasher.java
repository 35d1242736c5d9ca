package io.rampart.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.identity.PasswordHasher;
import java.util.Objects;

/**
 * Counts password verifications as {@code rampart_password_verifications_total}: each one is a full
 * Argon2id computation, so the counter shows the hashing load, and that a sign-in for an unknown
 * address costs one verification, exactly like a wrong password. Delegates everything else.
 */
public final class MeteredPasswordHasher implements PasswordHasher {
  private final PasswordHasher hasher;
  private final Counter verifications;

  public MeteredPasswordHasher(PasswordHasher hasher, MeterRegistry meters) {
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.verifications =
        Counter.builder("rampart.password.verifications")
            .description("Password verifications computed (each one a full Argon2id hash)")
            .register(meters);
  }

  @Override
  public String hash(char[] password) {
    return hasher.hash(password);
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    try {
      return hasher.verify(encodedHash, password);
    } finally {
      verifications.increment();
    }
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    return hasher.needsRehash(encodedHash);
  }
}
