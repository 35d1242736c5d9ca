package io.rampart.notification;

import io.rampart.kernel.IdGenerator;
import io.rampart.notification.internal.AntiPhishingStamp;
import io.rampart.notification.internal.NoticeRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** Renders notices and puts them in the outbox. Thread-safe. */
public final class Notifications {
  private final OutboxStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final NoticeRenderer renderer;

  public Notifications(
      OutboxStore store, Clock clock, IdGenerator ids, NotificationSettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.renderer = new NoticeRenderer(settings.productName(), AntiPhishingStamp.NONE);
  }

  /**
   * Renders the notice and writes it to the outbox. Must be called inside the transaction of the
   * event that causes it, so the message exists if and only if the event committed.
   *
   * @return the message id
   * @throws IllegalArgumentException if the notice lacks a value its kind needs, or the recipient
   *     is blank or holds control characters
   */
  public UUID enqueue(Notice notice) {
    Objects.requireNonNull(notice, "notice");
    requireUsableRecipient(notice.recipient());
    NoticeRenderer.Rendered rendered = renderer.render(notice);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    OutboxMessage message =
        new OutboxMessage(
            ids.newId(),
            notice.account(),
            notice.kind(),
            notice.recipient(),
            rendered.subject(),
            rendered.body(),
            OutboxMessage.Status.PENDING,
            0,
            now,
            now,
            null,
            null);
    store.insert(message);
    return message.id();
  }

  /** The recipient becomes a mail header: a line break in it could add recipients or headers. */
  private static void requireUsableRecipient(String recipient) {
    if (recipient.isBlank()) {
      throw new IllegalArgumentException("recipient must not be blank");
    }
    if (recipient.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("recipient must not contain control characters");
    }
  }
}
