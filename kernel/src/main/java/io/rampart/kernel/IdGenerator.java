package io.rampart.kernel;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Makes new identifiers. Implementations must be thread-safe and must never return the same value
 * twice.
 */
@FunctionalInterface
public interface IdGenerator {
  UUID newId();

  /**
   * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds from {@code clock}, then
   * 74 random bits. Ordered ids keep B-tree inserts local.
   */
  static IdGenerator timeOrdered(Clock clock, Random random) {
    return () -> {
      long millis = clock.millis();
      long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
      long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(high, low);
    };
  }
}
