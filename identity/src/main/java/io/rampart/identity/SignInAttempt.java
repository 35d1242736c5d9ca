package io.rampart.identity;

import io.rampart.kernel.RequestOrigin;

/**
 * A password sign-in as received.
 *
 * @param email as typed (not yet validated)
 * @param password as typed; the caller should wipe the array after the call
 * @param origin where it came from
 * @param deviceToken the device token from an earlier successful sign-in on this device, or {@code
 *     null}
 */
public record SignInAttempt(
    String email, char[] password, RequestOrigin origin, String deviceToken) {
  @Override
  public String toString() {
    return "SignInAttempt[email=" + email + ", origin=" + origin + "]";
  }
}
