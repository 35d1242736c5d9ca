package io.rampart.identity;

import io.rampart.kernel.ReasonCode;

/** The result of asking to register a passkey. */
public sealed interface PasskeyCreationOutcome {
  record Ready(PasskeyCreation options) implements PasskeyCreationOutcome {}

  /** {@code AUTH_STEP_UP_REQUIRED}: the session has no fresh proof for adding a factor. */
  record Refused(ReasonCode reason) implements PasskeyCreationOutcome {}
}
