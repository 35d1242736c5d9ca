package io.rampart.server.risk;

import io.rampart.risk.EventCheck;
import io.rampart.risk.RiskEvent;
import io.rampart.server.risk.json.RiskEventJson;

/** Events recorded in their schema v1 JSON, through the shared codec. */
public final class JsonEventDocuments implements EventDocuments {
  private final RiskEventJson json;

  public JsonEventDocuments(RiskEventJson json) {
    this.json = json;
  }

  @Override
  public String write(RiskEvent event) {
    return json.write(event);
  }

  @Override
  public RiskEvent read(String document) {
    return switch (json.read(document)) {
      case EventCheck.Valid(var event) -> event;
      case EventCheck.Invalid(var problems) ->
          throw new IllegalStateException("a recorded event does not read back: " + problems);
    };
  }
}
