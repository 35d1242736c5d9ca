package io.rampart.server.risk;

/**
 * The engine cannot take or record an event now: its queue is full, the database failed, it is
 * stopping, or the answer took too long. Nothing is known to be recorded; the caller may retry,
 * since a re-sent event is recorded at most once.
 */
public final class RiskUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RiskUnavailableException(String message) {
    super(message);
  }

  public RiskUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
