package io.rampart.identity;

import java.time.Duration;

/** The result of asking to sign in with a passkey alone. */
public sealed interface PasskeyOptionsOutcome {
  /** A challenge for any passkey of this site, with user verification. */
  record Ready(ChallengeView challenge) implements PasskeyOptionsOutcome {}

  /** The source (its IP or network) failed too often lately: no challenge until the wait ends. */
  record Throttled(Duration retryAfter) implements PasskeyOptionsOutcome {}
}
