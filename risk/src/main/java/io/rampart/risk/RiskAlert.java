package io.rampart.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An assessment an analyst should look at: every {@link Decision#REVIEW} and {@link Decision#DENY}
 * raises one. It stays {@link Status#OPEN} until an operator closes it with a note.
 *
 * @param reasons the reason codes of the assessment's findings, in policy order
 */
public record RiskAlert(
    UUID id,
    UUID assessmentId,
    SubjectId account,
    ActionType action,
    Decision decision,
    int score,
    List<String> reasons,
    String policyVersion,
    Instant raisedAt,
    Status status,
    Instant closedAt,
    String closedBy,
    String note) {
  public static final int MAX_NOTE = 2000;

  public enum Status {
    OPEN,
    CLOSED
  }

  public RiskAlert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(assessmentId, "assessmentId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }

  /** Whether an assessment with this decision raises an alert. */
  public static boolean raisedBy(Decision decision) {
    return decision == Decision.REVIEW || decision == Decision.DENY;
  }

  /** The open alert an assessment raises. */
  public static RiskAlert of(UUID id, RecordedAssessment recorded) {
    Assessment a = recorded.enforced();
    return new RiskAlert(
        id,
        recorded.id(),
        recorded.account(),
        a.action(),
        a.decision(),
        a.score(),
        a.findings().stream().map(f -> f.reason().name()).toList(),
        a.policyVersion(),
        recorded.recordedAt(),
        Status.OPEN,
        null,
        null,
        null);
  }

  public RiskAlert closed(Instant at, String by, String withNote) {
    return new RiskAlert(
        id,
        assessmentId,
        account,
        action,
        decision,
        score,
        reasons,
        policyVersion,
        raisedAt,
        Status.CLOSED,
        at,
        by,
        withNote);
  }
}
