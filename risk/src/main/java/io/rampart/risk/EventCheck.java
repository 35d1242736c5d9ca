package io.rampart.risk;

import io.rampart.kernel.ReasonCode;
import java.util.List;

/** The result of {@link EventValidation#check}: the event is usable, or why it is not. */
public sealed interface EventCheck {
  /** Every field is within its limits. */
  record Valid(RiskEvent event) implements EventCheck {}

  /** At least one problem, in field order. */
  record Invalid(List<Problem> problems) implements EventCheck {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }

  /** One field's problem; {@code field} uses the JSON field name. */
  record Problem(String field, ReasonCode code, String message) {}
}
