package io.rampart.identity;

import java.util.Objects;

/** The stores multi-factor authentication needs, in one place for wiring. */
public record MfaPorts(
    TotpRepository totp,
    PasskeyRepository passkeys,
    RecoveryCodeRepository recoveryCodes,
    ChallengeRepository challenges,
    TrustedDeviceRepository trustedDevices,
    ElevationRepository elevations,
    WithdrawalLockRepository withdrawalLocks) {
  public MfaPorts {
    Objects.requireNonNull(totp, "totp");
    Objects.requireNonNull(passkeys, "passkeys");
    Objects.requireNonNull(recoveryCodes, "recoveryCodes");
    Objects.requireNonNull(challenges, "challenges");
    Objects.requireNonNull(trustedDevices, "trustedDevices");
    Objects.requireNonNull(elevations, "elevations");
    Objects.requireNonNull(withdrawalLocks, "withdrawalLocks");
  }
}
