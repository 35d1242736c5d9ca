package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;

/**
 * The result of a registration. {@link Accepted} is the same whether or not the address already had
 * an account: the mailbox is told which.
 */
public sealed interface RegistrationOutcome {
  record Accepted() implements RegistrationOutcome {}

  /** The input broke a rule (invalid e-mail, password policy); nothing was written. */
  record Rejected(ReasonCode reason, String detail) implements RegistrationOutcome {}

  /** Password hashing is saturated; nothing was written. */
  record Overloaded(Duration retryAfter) implements RegistrationOutcome {}
}
