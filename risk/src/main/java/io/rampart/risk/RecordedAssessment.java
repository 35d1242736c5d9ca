package io.rampart.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as a host recorded it: the event itself, the facts it was assessed with, and its
 * assessment under the active policy (and the shadow policy, if one ran).
 *
 * @param id the assessment's id, given to the caller
 * @param key the event's sender and id
 * @param account the account the event is about
 * @param accountSeq the event's position among the account's events, from 1; profiles are rebuilt
 *     by applying events in this order
 * @param eventType the event's {@code type} ({@code sign_in_attempt}, ...)
 * @param occurredAt when the event happened
 * @param recordedAt when the host recorded it
 * @param document the event as JSON, in the schema of {@code docs/events.md}
 * @param ipFacts the facts about the event's IP the engine used, so a rebuild uses the same
 * @param enforced the assessment under the active policy: the decision that was acted on
 * @param shadow the assessment under the candidate policy, or {@code null} when none ran
 */
public record RecordedAssessment(
    UUID id,
    EventKey key,
    SubjectId account,
    long accountSeq,
    String eventType,
    Instant occurredAt,
    Instant recordedAt,
    String document,
    IpFacts ipFacts,
    Assessment enforced,
    Assessment shadow) {
  public RecordedAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(ipFacts, "ipFacts");
    Objects.requireNonNull(enforced, "enforced");
    if (accountSeq < 1) {
      throw new IllegalArgumentException("accountSeq must be at least 1");
    }
  }
}
