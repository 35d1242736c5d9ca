package io.rampart.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Delivers due outbox messages, retrying with exponential backoff. Several dispatchers (threads or
 * nodes) may run at once: the store's claim lease keeps them apart.
 *
 * <p>A sender that fails, by {@link MessageSender.DeliveryException} or any other runtime
 * exception, costs that message one attempt and never stops the round. A failure of the store
 * itself propagates: the claimed messages are taken again when their lease ends.
 */
public final class OutboxDispatcher {
  /** Longest error text kept with a message. */
  static final int MAX_ERROR_LENGTH = 500;

  private final OutboxStore store;
  private final MessageSender sender;
  private final Clock clock;
  private final NotificationSettings settings;

  public OutboxDispatcher(
      OutboxStore store, MessageSender sender, Clock clock, NotificationSettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * What one round did.
   *
   * @param sent messages the channel accepted, including any that another dispatcher had already
   *     marked sent
   * @param retried messages that failed and will be tried again
   * @param failed messages that failed their last attempt
   */
  public record Report(int claimed, int sent, int retried, int failed) {}

  /** Claims one batch of due messages and tries each once. */
  public Report dispatchDue() {
    Instant now = now();
    List<OutboxMessage> claimed =
        store.claimDue(now, now.plus(settings.lease()), settings.batchSize());
    int sent = 0;
    int retried = 0;
    int failed = 0;
    for (OutboxMessage message : claimed) {
      String error = attempt(message);
      if (error == null) {
        store.markSent(message.id(), now());
        sent++;
        continue;
      }
      int attempts = message.attempts() + 1;
      if (attempts >= settings.maxAttempts()) {
        store.markFailed(message.id(), attempts, error);
        failed++;
      } else {
        store.markRetry(message.id(), attempts, now().plus(backoff(attempts)), error);
        retried++;
      }
    }
    return new Report(claimed.size(), sent, retried, failed);
  }

  /** Sends once; returns {@code null} on success, else the error to keep. */
  private String attempt(OutboxMessage message) {
    try {
      sender.send(message);
      return null;
    } catch (MessageSender.DeliveryException | RuntimeException e) {
      return errorText(e);
    }
  }

  /** The exception's own message, bounded; never the message body. */
  private static String errorText(Exception e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (text.length() <= MAX_ERROR_LENGTH) {
      return text;
    }
    int end = MAX_ERROR_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The wait after the given number of failed attempts: doubling from the initial, capped. */
  private Duration backoff(int attempts) {
    Duration wait = settings.initialBackoff();
    for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.maxBackoff()) < 0 ? wait : settings.maxBackoff();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
