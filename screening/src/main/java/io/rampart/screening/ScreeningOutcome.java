package io.rampart.screening;

import io.rampart.kernel.ReasonCode;
import java.util.Objects;

/**
 * The result of a screening request.
 *
 * @param <T> what a successful screening answers
 */
public sealed interface ScreeningOutcome<T> {
  /** Screened against every list in force. */
  record Screened<T>(T result) implements ScreeningOutcome<T> {
    public Screened {
      Objects.requireNonNull(result, "result");
    }
  }

  /** The request broke a rule ({@code SCR_*} or {@code REQ_*}); nothing was screened or written. */
  record Rejected<T>(ReasonCode reason, String detail) implements ScreeningOutcome<T> {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * No list is in force (none configured, or none loaded yet): screening against nothing would say
   * "clear" falsely, so it is refused.
   */
  record Unavailable<T>() implements ScreeningOutcome<T> {}
}
