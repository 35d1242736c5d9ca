package io.rampart.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How multi-factor authentication, trusted devices, step-up and withdrawal locks behave. Validated
 * on construction: a bad value fails start-up with a clear message.
 *
 * @param key the 256-bit key that encrypts authenticator-app seeds at rest (AES-GCM) and keys the
 *     hashes of e-mailed codes; never logged
 * @param issuer the name authenticator apps show next to the account
 * @param webAuthn the relying party passkeys are bound to
 * @param signInPolicy when sign-in asks an account with a second factor for it
 * @param challengeTtl how long a sign-in or step-up challenge stays open
 * @param emailCodeTtl how long an e-mailed code is valid
 * @param maxProofsPerChallenge wrong proofs after which a challenge is void
 * @param maxFailuresPerHour wrong proofs within an hour on one of an account's budgets (step-up in
 *     its sessions, sign-in from each device it knows, sign-in from any other device) after which
 *     proofs other than recovery codes on that budget are refused until the hour is over
 * @param maxEmailCodesPerHour e-mailed codes per account within an hour
 * @param trustedDeviceTtl how long a device the owner trusts skips the second factor
 * @param stepUpTtl how long a fresh proof elevates the session for one action
 * @param actions the action catalogue
 * @param withdrawalLocks how long withdrawals stay locked after each security change; a change not
 *     named locks nothing
 */
public record MfaSettings(
    SecretKey key,
    String issuer,
    WebAuthn webAuthn,
    SignInPolicy signInPolicy,
    Duration challengeTtl,
    Duration emailCodeTtl,
    int maxProofsPerChallenge,
    int maxFailuresPerHour,
    int maxEmailCodesPerHour,
    Duration trustedDeviceTtl,
    Duration stepUpTtl,
    ActionCatalogue actions,
    Map<SecurityChange, Duration> withdrawalLocks) {

  /** When sign-in asks for the second factor of an account that has one. */
  public enum SignInPolicy {
    /** When the risk engine does not allow the sign-in outright, or the device is not trusted. */
    RISK_BASED,
    /** At every sign-in, trusted device or not. */
    ALWAYS
  }

  /**
   * The WebAuthn relying party.
   *
   * @param rpId the relying party id: the site's registrable domain or host ({@code example.com})
   * @param rpName the name authenticators show
   * @param origins the origins ({@code https://example.com}) assertions may come from
   * @param timeout how long the browser should wait for the user
   */
  public record WebAuthn(String rpId, String rpName, Set<String> origins, Duration timeout) {
    public WebAuthn {
      if (rpId == null || rpId.isBlank() || rpId.contains("/") || rpId.contains(":")) {
        throw new IllegalArgumentException("webAuthn.rpId must be a host name such as example.com");
      }
      if (rpName == null || rpName.isBlank()) {
        throw new IllegalArgumentException("webAuthn.rpName must not be blank");
      }
      origins = Set.copyOf(origins);
      if (origins.isEmpty()) {
        throw new IllegalArgumentException("webAuthn.origins must name at least one origin");
      }
      for (String origin : origins) {
        if (!origin.startsWith("https://") && !origin.startsWith("http://")) {
          throw new IllegalArgumentException(
              "webAuthn.origins must be http(s) origins such as https://example.com: " + origin);
        }
      }
      requirePositive(timeout, "webAuthn.timeout");
    }
  }

  /** Raw key bytes. Equal by content; never printed. */
  public record SecretKey(byte[] bytes) {
    public static final int LENGTH = 32;

    public SecretKey {
      Objects.requireNonNull(bytes, "bytes");
      if (bytes.length != LENGTH) {
        throw new IllegalArgumentException("the MFA key must be " + LENGTH + " bytes (256 bits)");
      }
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SecretKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "SecretKey[***]";
    }
  }

  public MfaSettings {
    Objects.requireNonNull(key, "key");
    if (issuer == null || issuer.isBlank() || issuer.contains(":")) {
      throw new IllegalArgumentException("issuer must be non-blank and hold no ':'");
    }
    Objects.requireNonNull(webAuthn, "webAuthn");
    Objects.requireNonNull(signInPolicy, "signInPolicy");
    requirePositive(challengeTtl, "challengeTtl");
    requirePositive(emailCodeTtl, "emailCodeTtl");
    if (maxProofsPerChallenge < 1 || maxFailuresPerHour < 1 || maxEmailCodesPerHour < 1) {
      throw new IllegalArgumentException(
          "maxProofsPerChallenge, maxFailuresPerHour and maxEmailCodesPerHour must be >= 1");
    }
    requirePositive(trustedDeviceTtl, "trustedDeviceTtl");
    requirePositive(stepUpTtl, "stepUpTtl");
    Objects.requireNonNull(actions, "actions");
    EnumMap<SecurityChange, Duration> locks = new EnumMap<>(SecurityChange.class);
    withdrawalLocks.forEach(
        (change, duration) -> {
          if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(
                "withdrawal lock after " + change.wireName() + " must not be negative");
          }
          if (!duration.isZero()) {
            locks.put(change, duration);
          }
        });
    withdrawalLocks = Map.copyOf(locks);
  }

  /** Locks of 24 hours after each security change. */
  public static Map<SecurityChange, Duration> defaultWithdrawalLocks() {
    EnumMap<SecurityChange, Duration> locks = new EnumMap<>(SecurityChange.class);
    for (SecurityChange change : SecurityChange.values()) {
      locks.put(change, Duration.ofHours(24));
    }
    return locks;
  }

  /** The defaults around a key and a relying party. */
  public static MfaSettings defaults(SecretKey key, WebAuthn webAuthn) {
    return new MfaSettings(
        key,
        "Rampart",
        webAuthn,
        SignInPolicy.RISK_BASED,
        Duration.ofMinutes(10),
        Duration.ofMinutes(10),
        5,
        10,
        5,
        Duration.ofDays(30),
        Duration.ofMinutes(5),
        ActionCatalogue.defaults(),
        defaultWithdrawalLocks());
  }

  /** The lock after {@code change}, or zero if it locks nothing. */
  public Duration withdrawalLockAfter(SecurityChange change) {
    return withdrawalLocks.getOrDefault(change, Duration.ZERO);
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || !value.isPositive()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
