package io.rampart.server.risk;

import io.rampart.risk.EventKey;
import io.rampart.risk.IpFacts;
import io.rampart.risk.RiskEvent;
import java.util.Objects;

/**
 * An event on its way to the engine, with what the caller looked up for it.
 *
 * @param sender who sent it: a service key's name, or {@link RiskHost#RAMPART} for Rampart's own
 *     flows
 * @param facts the event's IP facts, looked up before it is queued so shards do no lookups
 * @param document the event as JSON, as it will be recorded
 */
public record RiskSubmission(String sender, RiskEvent event, IpFacts facts, String document) {
  public RiskSubmission {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(document, "document");
  }

  public EventKey key() {
    return new EventKey(sender, event.eventId());
  }
}
