package io.rampart.server.risk;

import io.rampart.risk.RiskEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Event documents for tests without JSON: each event is kept and named by a number. */
final class RegistryDocuments implements EventDocuments {
  private final Map<String, RiskEvent> events = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();

  @Override
  public String write(RiskEvent event) {
    String document = "{\"ref\":" + next.incrementAndGet() + "}";
    events.put(document, event);
    return document;
  }

  @Override
  public RiskEvent read(String document) {
    RiskEvent event = events.get(document);
    if (event == null) {
      throw new IllegalStateException("unknown document " + document);
    }
    return event;
  }
}
