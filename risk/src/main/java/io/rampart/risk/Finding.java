package io.rampart.risk;

import java.util.Objects;

/** What one rule says about one event: nothing, or a signal with its reason and points. */
public sealed interface Finding {
  /** The rule has nothing to say. */
  Abstain ABSTAIN = new Abstain();

  record Abstain() implements Finding {}

  /** A reason to worry: {@code points} towards the score, {@code detail} for a human reader. */
  record Signal(RiskReason reason, int points, String detail) implements Finding {
    public Signal {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
      if (points < 0) {
        throw new IllegalArgumentException("points must not be negative");
      }
    }
  }
}
