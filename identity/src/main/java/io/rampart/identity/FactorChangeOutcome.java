package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;
import java.util.List;

/** The result of adding, replacing or removing a second factor. */
public sealed interface FactorChangeOutcome {
  /**
   * Done.
   *
   * @param passkey the passkey registered, or {@code null}
   * @param recoveryCodes new recovery codes, shown this once; empty unless the change made new ones
   *     (the account's first factor, or a regeneration)
   */
  record Changed(PasskeyView passkey, List<String> recoveryCodes) implements FactorChangeOutcome {
    public Changed {
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
      return "Changed[passkey=" + passkey + ", recoveryCodes=" + recoveryCodes.size() + "]";
    }
  }

  /** Refused; nothing changed. */
  record Refused(ReasonCode reason) implements FactorChangeOutcome {}

  record Throttled(Duration retryAfter) implements FactorChangeOutcome {}
}
