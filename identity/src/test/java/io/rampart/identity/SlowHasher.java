package io.rampart.identity;

import java.time.Duration;

/**
 * A hasher that takes its time, like a real Argon2id at production cost, so concurrent callers
 * overlap inside it.
 */
public final class SlowHasher implements PasswordHasher {
  private final PasswordHasher delegate;
  private final Duration pause;

  public SlowHasher(PasswordHasher delegate, Duration pause) {
    this.delegate = delegate;
    this.pause = pause;
  }

  @Override
  public String hash(char[] password) {
    pause();
    return delegate.hash(password);
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    pause();
    return delegate.verify(encodedHash, password);
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    return delegate.needsRehash(encodedHash);
  }

  private void pause() {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing", e);
    }
  }
}
