package io.rampart.identity;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real hasher, counts its work, and can hold callers at a closed gate so tests can fill the
 * hashing slots.
 */
public final class CountingHasher implements PasswordHasher {
  private final PasswordHasher delegate;
  private final AtomicInteger hashes = new AtomicInteger();
  private final AtomicInteger verifications = new AtomicInteger();
  private final Semaphore inside = new Semaphore(0);
  private volatile CountDownLatch gate = new CountDownLatch(0);

  public CountingHasher(PasswordHasher delegate) {
    this.delegate = delegate;
  }

  public int hashes() {
    return hashes.get();
  }

  public int verifications() {
    return verifications.get();
  }

  /** Hashes plus verifications: the expensive calls made. */
  public int work() {
    return hashes() + verifications();
  }

  /** Forgets the work done so far, including who passed the gate. */
  public void resetCounts() {
    hashes.set(0);
    verifications.set(0);
    inside.drainPermits();
  }

  /** From now on, callers wait inside the hasher until {@link #open()}. */
  public void close() {
    gate = new CountDownLatch(1);
  }

  public void open() {
    gate.countDown();
  }

  public void awaitInside(int callers) throws InterruptedException {
    if (!inside.tryAcquire(callers, 30, TimeUnit.SECONDS)) {
      throw new AssertionError("no caller reached the hasher");
    }
  }

  @Override
  public String hash(char[] password) {
    hashes.incrementAndGet();
    pass();
    return delegate.hash(password);
  }

  @Override
  public boolean verify(String encodedHash, char[] password) {
    verifications.incrementAndGet();
    pass();
    return delegate.verify(encodedHash, password);
  }

  @Override
  public boolean needsRehash(String encodedHash) {
    return delegate.needsRehash(encodedHash);
  }

  private void pass() {
    inside.release();
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the gate was never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
