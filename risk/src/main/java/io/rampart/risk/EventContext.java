package io.rampart.risk;

import java.util.Objects;

/**
 * What the engine needs besides the profile and the event, looked up by the caller: facts about the
 * event's IP, and the population baseline. Supplying these makes rules pure functions.
 */
public record EventContext(IpFacts ip, GlobalFeatureStats global) {
  public EventContext {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(global, "global");
  }
}
