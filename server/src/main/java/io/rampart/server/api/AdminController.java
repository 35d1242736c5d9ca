package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.audit.ChainVerification;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.OperatorToken;
import io.rampart.server.web.ClientOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints; they need the operator token. Every call is audited. */
@Tag(name = "Operator")
@RestController
final class AdminController {
  static final String OPERATOR = OperatorToken.NAME;
  static final int MAX_OUTBOX = 500;

  private final AuditTrail audit;
  private final OutboxStore outbox;
  private final TransactionRunner transactions;

  AdminController(AuditTrail audit, OutboxStore outbox, TransactionRunner transactions) {
    this.audit = audit;
    this.outbox = outbox;
    this.transactions = transactions;
  }

  /**
   * @param status {@code intact} or {@code broken}
   * @param records how many records were checked
   * @param headHash the newest record's hash, when intact
   * @param sequence the first altered record or the position of removed ones, when broken
   * @param breach {@code ALTERED} or {@code REMOVED}, when broken
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AuditVerification(
      String status, long records, String headHash, Long sequence, String breach, String detail) {
    static AuditVerification of(ChainVerification verification) {
      return switch (verification) {
        case ChainVerification.Intact(var records, var head) ->
            new AuditVerification("intact", records, head, null, null, null);
        case ChainVerification.Broken(var sequence, var breach, var detail, var checked) ->
            new AuditVerification("broken", checked, null, sequence, breach.name(), detail);
      };
    }
  }

  @Operation(summary = "Verify the whole audit chain; names the first altered or removed record")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(
      path = "/api/v1/admin/audit/verification",
      produces = MediaType.APPLICATION_JSON_VALUE)
  AuditVerification verifyAudit(HttpServletRequest http) {
    AuditVerification result = AuditVerification.of(audit.verify());
    Map<String, String> data =
        result.sequence() == null
            ? Map.of("status", result.status(), "records", Long.toString(result.records()))
            : Map.of(
                "status",
                result.status(),
                "records",
                Long.toString(result.records()),
                "sequence",
                Long.toString(result.sequence()));
    transactions.run(
        () ->
            audit.append(
                new AuditEvent(
                    "operator.audit-verified",
                    Actor.operator(OPERATOR),
                    null,
                    ClientOrigin.of(http),
                    data)));
    return result;
  }

  public record OutboxItem(
      String id,
      String kind,
      String recipient,
      String subject,
      String body,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant createdAt,
      Instant sentAt,
      String lastError) {
    static OutboxItem of(OutboxMessage m) {
      return new OutboxItem(
          m.id().toString(),
          m.kind().name(),
          m.recipient(),
          m.subject(),
          m.body(),
          m.status().name(),
          m.attempts(),
          m.nextAttemptAt(),
          m.createdAt(),
          m.sentAt(),
          m.lastError());
    }
  }

  public record Outbox(List<OutboxItem> messages) {}

  @Operation(summary = "List outbox messages, newest first (to read mail when no SMTP is set up)")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.REQ_INVALID_PARAMETER, ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(path = "/api/v1/admin/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
  Outbox outbox(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "limit", defaultValue = "100") int limit,
      HttpServletRequest http) {
    if (limit < 1 || limit > MAX_OUTBOX) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "limit must be between 1 and " + MAX_OUTBOX + ".");
    }
    OutboxMessage.Status wanted = parseStatus(status);
    transactions.run(
        () ->
            audit.append(
                new AuditEvent(
                    "operator.outbox-listed",
                    Actor.operator(OPERATOR),
                    null,
                    ClientOrigin.of(http),
                    Map.of("status", wanted == null ? "ALL" : wanted.name()))));
    return new Outbox(outbox.list(wanted, limit).stream().map(OutboxItem::of).toList());
  }

  private static OutboxMessage.Status parseStatus(String status) {
    if (status == null || status.isBlank()) return null;
    try {
      return OutboxMessage.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "status must be PENDING, SENT or FAILED.");
    }
  }
}
