package io.rampart.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox behaves.
 *
 * @param maxAttempts attempts before a message is marked FAILED
 * @param initialBackoff the wait after the first failed attempt; it doubles per attempt
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a claimed message is held by one dispatcher before another may take it
 * @param batchSize messages claimed per dispatch round
 * @param productName the name messages are signed with
 */
public record NotificationSettings(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration lease,
    int batchSize,
    String productName) {

  public NotificationSettings {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(productName, "productName");
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must satisfy 0 <= initialBackoff <= maxBackoff");
    }
    if (!lease.isPositive()) throw new IllegalArgumentException("lease must be positive");
  }

  public static NotificationSettings defaults() {
    return new NotificationSettings(
        10, Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofMinutes(2), 50, "Rampart");
  }
}
