package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.rampart.kernel.ReasonCode;
import io.rampart.risk.Assessment;
import io.rampart.risk.EventValidation;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.SubjectId;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.web.RequestFields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of assessments and alerts, shared by the service and operator endpoints. */
final class RiskViews {
  static final int MAX_LIST = 500;

  private RiskViews() {}

  public record Reason(
      @Schema(example = "RISK_NEW_DEVICE") String code,
      @Schema(example = "20") int points,
      String detail) {
    static List<Reason> of(Assessment a) {
      return a.findings().stream()
          .map(f -> new Reason(f.reason().name(), f.points(), f.detail()))
          .toList();
    }
  }

  /** An assessment's decision under one policy. */
  public record Decided(
      @Schema(allowableValues = {"ALLOW", "CHALLENGE", "REVIEW", "DENY"}) String decision,
      int score,
      List<Reason> reasons,
      String policyVersion) {
    static Decided of(Assessment a) {
      return a == null
          ? null
          : new Decided(a.decision().name(), a.score(), Reason.of(a), a.policyVersion());
    }
  }

  /** A recorded event with its assessment, and the candidate policy's if one ran. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AssessmentItem(
      String assessmentId,
      String sender,
      String eventId,
      String accountId,
      long accountSeq,
      String eventType,
      Instant occurredAt,
      Instant recordedAt,
      @Schema(allowableValues = {"ALLOW", "CHALLENGE", "REVIEW", "DENY"}) String decision,
      int score,
      List<Reason> reasons,
      String policyVersion,
      @Schema(description = "The candidate policy's decision, recorded but not enforced")
          Decided shadow,
      @Schema(description = "The event as recorded (docs/events.md)", type = "object") @JsonRawValue
          String event) {
    static AssessmentItem of(RecordedAssessment r) {
      Assessment a = r.enforced();
      return new AssessmentItem(
          r.id().toString(),
          r.key().sender(),
          r.key().eventId(),
          r.account().value(),
          r.accountSeq(),
          r.eventType(),
          r.occurredAt(),
          r.recordedAt(),
          a.decision().name(),
          a.score(),
          Reason.of(a),
          a.policyVersion(),
          Decided.of(r.shadow()),
          r.document());
    }
  }

  public record AssessmentList(List<AssessmentItem> assessments) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AlertItem(
      String alertId,
      String assessmentId,
      String accountId,
      String action,
      String decision,
      int score,
      List<String> reasons,
      String policyVersion,
      Instant raisedAt,
      @Schema(allowableValues = {"OPEN", "CLOSED"}) String status,
      Instant closedAt,
      String closedBy,
      String note) {
    static AlertItem of(RiskAlert a) {
      return new AlertItem(
          a.id().toString(),
          a.assessmentId().toString(),
          a.account().value(),
          a.action().name(),
          a.decision().name(),
          a.score(),
          a.reasons(),
          a.policyVersion(),
          a.raisedAt(),
          a.status().name(),
          a.closedAt(),
          a.closedBy(),
          a.note());
    }
  }

  public record AlertList(List<AlertItem> alerts) {}

  /** An account id from a path: 1 to 128 characters without control characters. */
  static SubjectId account(String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > EventValidation.MAX_ID
        || RequestFields.hasControlCharacters(value)) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER,
          "The account id must have 1 to " + EventValidation.MAX_ID + " characters.");
    }
    return new SubjectId(value);
  }

  static UUID id(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The " + what + " id is not valid.");
    }
  }

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "limit must be between 1 and " + MAX_LIST + ".");
    }
    return limit;
  }

  static RiskAlert.Status alertStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return RiskAlert.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "status must be OPEN or CLOSED.");
    }
  }
}
