package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;

/**
 * What each account has signed in from: device tokens (hashed) and IP/user-agent pairs. Used to
 * recognise the owner's devices (they are exempt from the per-account throttle) and to notify about
 * sign-ins from new ones. Contract: joins the caller's transaction; {@code ipAddress} and {@code
 * userAgent} may be {@code null}; recording an already known value updates its last-seen time.
 * Thread-safe.
 */
public interface SignInHistory {
  boolean knowsDevice(AccountId account, String deviceTokenHash);

  boolean knowsSource(AccountId account, String ipAddress, String userAgent);

  void recordDevice(AccountId account, String deviceTokenHash, Instant at);

  void recordSource(AccountId account, String ipAddress, String userAgent, Instant at);
}
