package io.rampart.risk;

import java.util.Objects;

/**
 * What makes an event unique: its id within its sender. A sender is the system that sent it (a
 * service key's name, or {@code rampart} for Rampart's own flows); a re-sent event has the same key
 * and changes nothing.
 */
public record EventKey(String sender, String eventId) {
  public EventKey {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(eventId, "eventId");
  }
}
