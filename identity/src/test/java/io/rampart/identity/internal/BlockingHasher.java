package io.rampart.identity.internal;

import io.rampart.identity.PasswordHasher;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hasher that holds every caller until released, so tests can fill the bounded hasher's slots.
 * Hashes are {@code "hash:" + password}.
 */
final class BlockingHasher implements PasswordHasher {
  private final CountDownLatch release = new CountDownLatch(1);
  private final Semaphore entered = new Semaphore(0);
  private final AtomicInteger completed = new AtomicInteger();

  void releaseAll() {
    release.countDown();
  }

  /** Waits until {@code count} callers are inside the hasher. */
  void awaitInside(int count) throws InterruptedException {
    if (!entered.tryAcquire(count, 30, TimeUnit.SECONDS)) {
      throw new AssertionError("callers did not reach the hasher");
    }
  }

  int completed() {
    return completed.get();
  }

  @Override
  public String hash(char[] password) {
    hold();
    return "hash:" + new String(password);
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    hold();
    return encodedHash.equals("hash:" + new String(password));
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    return false;
  }

  private void hold() {
    entered.release();
    try {
      if (!release.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    completed.incrementAndGet();
  }
}
