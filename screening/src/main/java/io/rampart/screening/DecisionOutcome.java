package io.rampart.screening;

import io.rampart.kernel.ReasonCode;
import java.util.Objects;

/** The result of confirming or dismissing an alert. */
public sealed interface DecisionOutcome {
  /** The alert was open and now carries the decision. */
  record Decided(Alert alert) implements DecisionOutcome {
    public Decided {
      Objects.requireNonNull(alert, "alert");
    }
  }

  /** The decision was refused; nothing changed. */
  record Rejected(ReasonCode reason, String detail) implements DecisionOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
