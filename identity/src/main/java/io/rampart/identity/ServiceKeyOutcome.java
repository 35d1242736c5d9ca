package io.rampart.identity;

import io.rampart.kernel.ReasonCode;
import java.util.Objects;

/** The outcome of creating a service key. */
public sealed interface ServiceKeyOutcome {
  /**
   * The key was created. {@code secret} is shown to the operator this once and never again: only
   * its hash is kept.
   */
  record Created(ServiceKey key, String secret) implements ServiceKeyOutcome {
    public Created {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
      return "Created[key=" + key + ", secret=***]";
    }
  }

  /** Nothing was created; {@code field} names the request field at fault. */
  record Rejected(ReasonCode reason, String field, String detail) implements ServiceKeyOutcome {}
}
