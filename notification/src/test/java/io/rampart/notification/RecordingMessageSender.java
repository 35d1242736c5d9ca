package io.rampart.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link MessageSender} for tests that keeps what it accepted and can be told to refuse the next
 * few messages. Thread-safe.
 */
public final class RecordingMessageSender implements MessageSender {
  private final List<OutboxMessage> sent = new ArrayList<>();
  private int failuresLeft;
  private int refused;

  /** Refuses the next {@code count} messages with a {@link DeliveryException}. */
  public synchronized void failNext(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    failuresLeft = count;
  }

  @Override
  public synchronized void send(OutboxMessage message) throws DeliveryException {
    if (failuresLeft > 0) {
      failuresLeft--;
      refused++;
      throw new DeliveryException("simulated outage: relay refused the message", null);
    }
    sent.add(message);
  }

  /** The messages accepted, in the order they came. */
  public synchronized List<OutboxMessage> sent() {
    return List.copyOf(sent);
  }

  /** How many messages were refused. */
  public synchronized int refused() {
    return refused;
  }
}
