package io.rampart.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A screening hit on a customer, waiting for (or given) an analyst's decision.
 *
 * @param id the alert's identifier
 * @param customerId whose screening hit
 * @param kind a name or an address hit
 * @param screened what was screened: the customer's name, or the address
 * @param list the list's name
 * @param entryId the list's identifier for the entry
 * @param listedName the entry's primary name (for a plain address list, the address)
 * @param matched the name or address of the entry that matched
 * @param score the hit's score (1 for an address)
 * @param reasons the hit's reasons, as text
 * @param customerDigest the customer's data when the alert was raised, as a digest
 * @param entryDigest the entry when the alert was raised, as a digest
 * @param listVersion the list's version the hit was found in
 * @param status open, confirmed or dismissed
 * @param raisedAt when the hit was found
 * @param decidedBy who confirmed or dismissed it, or {@code null}
 * @param decidedAt when, or {@code null}
 * @param decisionReason why, or {@code null}
 */
public record Alert(
    UUID id,
    String customerId,
    Kind kind,
    String screened,
    String list,
    String entryId,
    String listedName,
    String matched,
    double score,
    List<String> reasons,
    String customerDigest,
    String entryDigest,
    String listVersion,
    Status status,
    Instant raisedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason) {

  /** What hit. */
  public enum Kind {
    NAME,
    ADDRESS
  }

  /** Where the alert stands. */
  public enum Status {
    /** Waiting for an analyst. */
    OPEN,
    /** The analyst found it is the listed party. */
    CONFIRMED,
    /** The analyst found it is not: the same data against the same entry does not alert again. */
    DISMISSED
  }

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(screened, "screened");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(listedName, "listedName");
    Objects.requireNonNull(matched, "matched");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(customerDigest, "customerDigest");
    Objects.requireNonNull(entryDigest, "entryDigest");
    Objects.requireNonNull(listVersion, "listVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /** This alert after a decision. */
  public Alert decided(Status to, String by, Instant at, String reason) {
    return new Alert(
        id,
        customerId,
        kind,
        screened,
        list,
        entryId,
        listedName,
        matched,
        score,
        reasons,
        customerDigest,
        entryDigest,
        listVersion,
        to,
        raisedAt,
        by,
        at,
        reason);
  }
}
