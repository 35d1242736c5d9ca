package io.rampart.identity.internal;

import io.rampart.identity.PasswordHasher;
import java.util.concurrent.atomic.AtomicBoolean;

/** Throws on its first hash, then hashes everything to {@code "ok"}. */
final class FailingOnceHasher implements PasswordHasher {
  private final AtomicBoolean failed = new AtomicBoolean();

  @Override
  public String hash(char[] password) {
    if (failed.compareAndSet(false, true)) {
      throw new IllegalStateException("native library failed");
    }
    return "ok";
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    return true;
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    return false;
  }
}
