package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;
import java.time.Instant;

/** The result of proving a factor for a step-up. */
public sealed interface StepUpOutcome {
  /** The session may do {@code action} until {@code until}. */
  record Elevated(SensitiveAction action, Instant until) implements StepUpOutcome {}

  /** Refused; the reasons are those of {@link SecondFactorOutcome.Refused}. */
  record Refused(ReasonCode reason) implements StepUpOutcome {}

  record Throttled(Duration retryAfter) implements StepUpOutcome {}
}
