package io.rampart.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;

/** MFA ports on in-memory fakes and settings with a fresh random key, for tests and benchmarks. */
public final class InMemoryMfa {
  private InMemoryMfa() {}

  public static MfaPorts ports() {
    return new MfaPorts(
        new InMemoryTotpRepository(),
        new InMemoryPasskeyRepository(),
        new InMemoryRecoveryCodeRepository(),
        new InMemoryChallengeRepository(),
        new InMemoryTrustedDeviceRepository(),
        new InMemoryElevationRepository(),
        new InMemoryWithdrawalLockRepository());
  }

  /** The defaults with a random key, for a relying party at {@code origin} ({@code rpId}). */
  public static MfaSettings settings(String rpId, String origin) {
    byte[] key = new byte[MfaSettings.SecretKey.LENGTH];
    new SecureRandom().nextBytes(key);
    return MfaSettings.defaults(
        new MfaSettings.SecretKey(key),
        new MfaSettings.WebAuthn(rpId, "Rampart", Set.of(origin), Duration.ofMinutes(2)));
  }
}
