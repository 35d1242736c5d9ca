package io.rampart.notification;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * A message in the outbox.
 *
 * @param id the message id; every delivery attempt carries it, so duplicates are detectable
 * @param account the account it concerns, or {@code null}
 * @param kind which notice
 * @param recipient the address it goes to
 * @param subject rendered subject
 * @param body rendered plain-text body
 * @param status where it is in its life
 * @param attempts delivery attempts made so far
 * @param nextAttemptAt when it is next due (also the end of a claim's lease)
 * @param createdAt when it was enqueued
 * @param sentAt when it was marked sent, or {@code null}
 * @param lastError the last delivery error, or {@code null}
 */
public record OutboxMessage(
    UUID id,
    AccountId account,
    NoticeKind kind,
    String recipient,
    String subject,
    String body,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant sentAt,
    String lastError) {

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  /** Leaves out the recipient and the body: a body may carry a one-time link. */
  @Override
  public String toString() {
    return "OutboxMessage[id="
        + id
        + ", kind="
        + kind
        + ", status="
        + status
        + ", attempts="
        + attempts
        + ", nextAttemptAt="
        + nextAttemptAt
        + "]";
  }
}
