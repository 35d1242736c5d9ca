package io.rampart.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How identity behaves. Validated on construction: a bad value fails start-up with a clear message.
 *
 * @param sessionIdleTimeout a session ends when unused this long
 * @param sessionLifetime a session ends this long after sign-in, whatever happens
 * @param verificationTtl how long an e-mail verification link stays valid
 * @param verificationLinkBase the verification link without its token, e.g. {@code
 *     https://rampart.example/verify-email?token=}
 */
public record IdentitySettings(
    Duration sessionIdleTimeout,
    Duration sessionLifetime,
    Duration verificationTtl,
    String verificationLinkBase,
    PasswordPolicy passwordPolicy,
    Throttling throttling,
    HashingLimits hashing) {

  public IdentitySettings {
    Objects.requireNonNull(verificationLinkBase, "verificationLinkBase");
    Objects.requireNonNull(passwordPolicy, "passwordPolicy");
    Objects.requireNonNull(throttling, "throttling");
    Objects.requireNonNull(hashing, "hashing");
    requirePositive(sessionIdleTimeout, "sessionIdleTimeout");
    requirePositive(sessionLifetime, "sessionLifetime");
    requirePositive(verificationTtl, "verificationTtl");
    if (sessionIdleTimeout.compareTo(sessionLifetime) > 0) {
      throw new IllegalArgumentException("sessionIdleTimeout must not exceed sessionLifetime");
    }
  }

  /**
   * Password rules after NIST SP 800-63B: length bounds, a blocklist and a strength floor, no
   * composition rules.
   *
   * @param minZxcvbnScore passwords scoring below this (0-4) are refused
   */
  public record PasswordPolicy(
      int minLength, int maxLength, int minZxcvbnScore, Argon2Parameters argon2) {
    public PasswordPolicy {
      if (minLength < 8) throw new IllegalArgumentException("minLength must be at least 8");
      if (maxLength < minLength || maxLength > 1024) {
        throw new IllegalArgumentException("maxLength must be between minLength and 1024");
      }
      if (minZxcvbnScore < 0 || minZxcvbnScore > 4) {
        throw new IllegalArgumentException("minZxcvbnScore must be between 0 and 4");
      }
      Objects.requireNonNull(argon2, "argon2");
    }
  }

  /** Argon2id cost: memory in KiB, iterations, lanes. */
  public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {
    public Argon2Parameters {
      if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
        throw new IllegalArgumentException(
            "Argon2 needs iterations >= 1, parallelism >= 1 and memoryKiB >= 8 * parallelism");
      }
    }

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static Argon2Parameters owaspMinimum() {
      return new Argon2Parameters(19 * 1024, 2, 1);
    }
  }

  /**
   * Growing delays after failed sign-ins. The first {@code free*} failures within {@code window}
   * cost nothing; each one after that doubles the wait, from {@code baseDelay} up to {@code
   * maxDelay}.
   */
  public record Throttling(
      int freeAccountFailures,
      int freeSourceFailures,
      int freeNetworkFailures,
      Duration baseDelay,
      Duration maxDelay,
      Duration window) {
    public Throttling {
      if (freeAccountFailures < 0 || freeSourceFailures < 0 || freeNetworkFailures < 0) {
        throw new IllegalArgumentException("free failure counts must not be negative");
      }
      requirePositive(baseDelay, "baseDelay");
      requirePositive(window, "window");
      if (maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay must be at least baseDelay");
      }
    }
  }

  /**
   * Bounds on concurrent password hashing, so overload is refused quickly instead of queueing.
   *
   * @param maxConcurrent hashes computed at once (defaults to the number of cores)
   * @param maxWaiting callers allowed to wait for a slot; beyond that they are refused at once
   * @param maxWait how long a waiting caller waits before it is refused
   */
  public record HashingLimits(int maxConcurrent, int maxWaiting, Duration maxWait) {
    public HashingLimits {
      if (maxConcurrent < 1 || maxWaiting < 0) {
        throw new IllegalArgumentException("maxConcurrent >= 1 and maxWaiting >= 0 required");
      }
      requirePositive(maxWait, "maxWait");
    }
  }

  public static IdentitySettings defaults(String verificationLinkBase) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new IdentitySettings(
        Duration.ofMinutes(15),
        Duration.ofHours(12),
        Duration.ofHours(24),
        verificationLinkBase,
        new PasswordPolicy(12, 128, 3, Argon2Parameters.owaspMinimum()),
        new Throttling(
            5, 20, 100, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24)),
        new HashingLimits(cores, cores * 16, Duration.ofSeconds(2)));
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || !value.isPositive()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
