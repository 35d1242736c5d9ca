package io.rampart.notification;

import io.rampart.notification.OutboxMessage.Status;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An {@link OutboxStore} in memory, for tests. Thread-safe: every method holds the store's lock.
 */
public final class InMemoryOutboxStore implements OutboxStore {
  private static final Comparator<OutboxMessage> OLDEST_FIRST =
      Comparator.comparing(OutboxMessage::createdAt).thenComparing(OutboxMessage::id);

  private final Map<UUID, OutboxMessage> messages = new LinkedHashMap<>();

  @Override
  public synchronized void insert(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    if (messages.containsKey(message.id())) {
      throw new IllegalStateException("an outbox message with id " + message.id() + " exists");
    }
    messages.put(message.id(), message);
  }

  @Override
  public synchronized List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<OutboxMessage> due =
        messages.values().stream()
            .filter(m -> m.status() == Status.PENDING && !m.nextAttemptAt().isAfter(now))
            .sorted(OLDEST_FIRST)
            .limit(limit)
            .map(m -> with(m, m.status(), m.attempts(), leaseUntil, m.sentAt(), m.lastError()))
            .toList();
    due.forEach(m -> messages.put(m.id(), m));
    return due;
  }

  @Override
  public synchronized boolean markSent(UUID id, Instant sentAt) {
    OutboxMessage m = messages.get(id);
    if (m == null || m.status() != Status.PENDING) {
      return false;
    }
    OutboxMessage sent =
        with(m, Status.SENT, m.attempts(), m.nextAttemptAt(), sentAt, m.lastError());
    messages.put(
        id,
        new OutboxMessage(
            sent.id(),
            sent.account(),
            sent.kind(),
            sent.recipient(),
            sent.subject(),
            REMOVED_BODY,
            sent.status(),
            sent.attempts(),
            sent.nextAttemptAt(),
            sent.createdAt(),
            sent.sentAt(),
            sent.lastError()));
    return true;
  }

  @Override
  public synchronized void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
    OutboxMessage m = messages.get(id);
    if (m != null && m.status() == Status.PENDING) {
      messages.put(id, with(m, Status.PENDING, attempts, nextAttemptAt, null, error));
    }
  }

  @Override
  public synchronized void markFailed(UUID id, int attempts, String error) {
    OutboxMessage m = messages.get(id);
    if (m != null && m.status() == Status.PENDING) {
      messages.put(id, with(m, Status.FAILED, attempts, m.nextAttemptAt(), null, error));
    }
  }

  @Override
  public synchronized Optional<OutboxMessage> find(UUID id) {
    return Optional.ofNullable(messages.get(id));
  }

  @Override
  public synchronized List<OutboxMessage> list(Status status, int limit) {
    return messages.values().stream()
        .filter(m -> status == null || m.status() == status)
        .sorted(OLDEST_FIRST.reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long countByStatus(Status status) {
    return messages.values().stream().filter(m -> m.status() == status).count();
  }

  private static OutboxMessage with(
      OutboxMessage m,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {
    return new OutboxMessage(
        m.id(),
        m.account(),
        m.kind(),
        m.recipient(),
        m.subject(),
        m.body(),
        status,
        attempts,
        nextAttemptAt,
        m.createdAt(),
        sentAt,
        lastError);
  }
}
