package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in as the risk engine sees it.
 *
 * @param attemptId unique per attempt, so a risk event built from it is recorded once
 * @param account the account signed in to, or {@code null} for an address without one
 * @param email the address as normalised, or the text typed when it is not a valid address
 * @param occurredAt when the attempt was made
 * @param origin where it came from
 * @param deviceId a stable pseudonymous id of the device (the hash of its device token), or {@code
 *     null} for a failed attempt without a known device
 * @param knownDevice whether the account has signed in from this device before
 */
public record SignInFacts(
    String attemptId,
    AccountId account,
    String email,
    Instant occurredAt,
    RequestOrigin origin,
    String deviceId,
    boolean knownDevice) {
  public SignInFacts {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(origin, "origin");
  }
}
