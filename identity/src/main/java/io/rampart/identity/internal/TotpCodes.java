package io.rampart.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords through java-otp. The standard set-up is SHA-1, 6 digits,
 * 30-second steps (what authenticator apps expect); a code is accepted for the current step and one
 * step either side, for clock drift. Thread-safe.
 */
final class TotpCodes {
  static final Duration STEP = Duration.ofSeconds(30);
  static final int SEED_BYTES = 20;
  static final int WINDOW = 1;

  private final TimeBasedOneTimePasswordGenerator generator;
  private final String algorithm;
  private final int digits;

  TotpCodes(int digits, String algorithm) {
    this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    this.algorithm = algorithm;
    this.digits = digits;
  }

  static TotpCodes standard() {
    return new TotpCodes(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  }

  int digits() {
    return digits;
  }

  /** The time step {@code at} falls in: whole steps since the Unix epoch. */
  static long stepAt(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  /** The code for a step, zero-padded to the number of digits. */
  String code(byte[] seed, long step) {
    try {
      return generator.generateOneTimePasswordString(
          new SecretKeySpec(seed, algorithm), Instant.ofEpochSecond(step * STEP.getSeconds()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the authenticator-app seed is not a usable key", e);
    }
  }

  /**
   * The step within {@link #WINDOW} of {@code now} whose code is {@code code}, newest first, or
   * empty. Every candidate is computed and compared in constant time, so the answer's timing does
   * not tell which step (if any) matched.
   */
  OptionalLong matchingStep(byte[] seed, String code, Instant now) {
    if (code == null || code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    long match = Long.MIN_VALUE;
    for (long step = current + WINDOW; step >= current - WINDOW; step--) {
      boolean equal =
          MessageDigest.isEqual(code(seed, step).getBytes(StandardCharsets.US_ASCII), presented);
      if (equal && match == Long.MIN_VALUE) {
        match = step;
      }
    }
    return match == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(match);
  }
}
