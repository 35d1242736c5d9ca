package io.rampart.server.risk;

import io.rampart.risk.RiskEvent;

/**
 * The JSON form events are recorded in, and read back from to rebuild profiles. Implementations are
 * thread-safe and give back the event they were given: {@code read(write(e))} equals {@code e}.
 */
public interface EventDocuments {
  String write(RiskEvent event);

  /**
   * @throws IllegalStateException if the document is not a valid event (a recorded one always is)
   */
  RiskEvent read(String document);
}
