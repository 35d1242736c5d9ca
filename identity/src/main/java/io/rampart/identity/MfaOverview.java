package io.rampart.identity;

import java.util.List;

/**
 * An account's second factors.
 *
 * @param totp whether an authenticator app is confirmed
 * @param totpPending whether an authenticator-app enrolment waits for confirmation
 * @param passkeys the passkeys, oldest first
 * @param recoveryCodesLeft unused recovery codes
 */
public record MfaOverview(
    boolean totp, boolean totpPending, List<PasskeyView> passkeys, int recoveryCodesLeft) {
  public MfaOverview {
    passkeys = List.copyOf(passkeys);
  }

  /** Whether the account has an authenticator app or a passkey. */
  public boolean hasAuthenticator() {
    return totp || !passkeys.isEmpty();
  }
}
