package io.rampart.notification;

import java.time.Clock;

/**
 * Delivers due outbox messages, retrying with exponential backoff. Several dispatchers (threads or
 * nodes) may run at once: the store's claim lease keeps them apart.
 */
public final class OutboxDispatcher {
  private final OutboxStore store;
  private final MessageSender sender;
  private final Clock clock;
  private final NotificationSettings settings;

  public OutboxDispatcher(
      OutboxStore store, MessageSender sender, Clock clock, NotificationSettings settings) {
    this.store = store;
    this.sender = sender;
    this.clock = clock;
    this.settings = settings;
  }

  /** What one round did. */
  public record Report(int claimed, int sent, int retried, int failed) {}

  /** Claims one batch of due messages and tries each once. */
  public Report dispatchDue() {
    throw new UnsupportedOperationException("being implemented for #2");
  }
}
