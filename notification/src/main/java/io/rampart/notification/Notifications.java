package io.rampart.notification;

import io.rampart.kernel.IdGenerator;
import java.time.Clock;
import java.util.UUID;

/** Renders notices and puts them in the outbox. Thread-safe. */
public final class Notifications {
  private final OutboxStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final NotificationSettings settings;

  public Notifications(
      OutboxStore store, Clock clock, IdGenerator ids, NotificationSettings settings) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.settings = settings;
  }

  /**
   * Renders the notice and writes it to the outbox. Must be called inside the transaction of the
   * event that causes it, so the message exists if and only if the event committed.
   *
   * @return the message id
   */
  public UUID enqueue(Notice notice) {
    throw new UnsupportedOperationException("being implemented for #2");
  }
}
