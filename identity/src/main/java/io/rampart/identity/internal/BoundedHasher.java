package io.rampart.identity.internal;

import io.rampart.identity.IdentitySettings.HashingLimits;
import io.rampart.identity.PasswordHasher;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Password hashing on a bounded number of slots. At most {@code maxConcurrent} hashes run at once;
 * up to {@code maxWaiting} callers may wait up to {@code maxWait} for a slot; anyone beyond that is
 * refused at once. A refusal is an answer ("busy, retry shortly"), not an exception, so overload
 * costs the server almost nothing. Thread-safe.
 */
final class BoundedHasher {
  /** What to tell a refused caller: by then a slot has very likely come free. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  enum Verdict {
    MATCH,
    MISMATCH,
    REFUSED
  }

  private final PasswordHasher hasher;
  private final Semaphore slots;
  private final AtomicInteger waiting = new AtomicInteger();
  private final int maxWaiting;
  private final Duration maxWait;

  BoundedHasher(PasswordHasher hasher, HashingLimits limits) {
    this.hasher = hasher;
    this.slots = new Semaphore(limits.maxConcurrent(), true);
    this.maxWaiting = limits.maxWaiting();
    this.maxWait = limits.maxWait();
  }

  /** The hash, or empty if no slot was free in time. */
  Optional<String> hash(char[] password) {
    return withSlot(() -> hasher.hash(password));
  }

  Verdict verify(String encodedHash, char[] password) {
    return withSlot(() -> hasher.verify(encodedHash, password))
        .map(match -> match ? Verdict.MATCH : Verdict.MISMATCH)
        .orElse(Verdict.REFUSED);
  }

  boolean needsRehash(String encodedHash) {
    return hasher.needsRehash(encodedHash);
  }

  /** How many callers are waiting for a slot right now. */
  int waiting() {
    return waiting.get();
  }

  private <T> Optional<T> withSlot(Supplier<T> work) {
    if (!acquire()) {
      return Optional.empty();
    }
    try {
      return Optional.of(work.get());
    } finally {
      slots.release();
    }
  }

  private boolean acquire() {
    if (slots.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }
}
