package io.rampart.server.api;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.TransactionRunner;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.SubjectId;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.ProblemBody;
import io.rampart.server.risk.PolicyFiles;
import io.rampart.server.risk.ProfileView;
import io.rampart.server.risk.RiskHost;
import io.rampart.server.security.OperatorToken;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators look at what the risk engine decided per account, work the alerts, and see and reload
 * the policies in force. Every call is audited.
 */
@Tag(name = "Operator")
@RestController
final class RiskAdminController {
  private static final String OPERATOR = OperatorToken.NAME;

  private final RiskRecordStore records;
  private final RiskAlertStore alerts;
  private final RiskHost host;
  private final PolicyFiles policies;
  private final AuditTrail audit;
  private final TransactionRunner transactions;
  private final Clock clock;

  RiskAdminController(
      RiskRecordStore records,
      RiskAlertStore alerts,
      RiskHost host,
      PolicyFiles policies,
      AuditTrail audit,
      TransactionRunner transactions,
      Clock clock) {
    this.records = records;
    this.alerts = alerts;
    this.host = host;
    this.policies = policies;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  public record CloseAlert(String note) {}

  /**
   * An account's profile as the engine holds it, and whether rebuilding it from nothing out of the
   * recorded events gives the same bytes.
   */
  public record ProfileItem(
      String accountId,
      long appliedEvents,
      int bytes,
      String profile,
      long recordedEvents,
      boolean matchesReplay) {}

  public record PolicyItem(String version, String source, Instant loadedAt) {
    static PolicyItem of(PolicyFiles.Loaded loaded) {
      return loaded == null
          ? null
          : new PolicyItem(loaded.version(), loaded.source(), loaded.loadedAt());
    }
  }

  public record RefusalItem(String source, List<String> problems, Instant at) {}

  public record PolicyStatus(PolicyItem active, PolicyItem shadow, RefusalItem lastRefusal) {
    static PolicyStatus of(PolicyFiles.Status s) {
      PolicyFiles.Refusal r = s.lastRefusal();
      return new PolicyStatus(
          PolicyItem.of(s.active()),
          PolicyItem.of(s.shadow()),
          r == null ? null : new RefusalItem(r.source(), r.problems(), r.at()));
    }
  }

  @Operation(
      summary = "An account's assessments, newest first, with the events and shadow decisions")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.REQ_INVALID_PARAMETER, ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(
      path = "/api/v1/admin/risk/accounts/{accountId}/assessments",
      produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AssessmentList assessments(
      @PathVariable("accountId") String accountId,
      @RequestParam(name = "before", required = false) Long beforeSeq,
      @RequestParam(name = "limit", defaultValue = "50") int limit,
      HttpServletRequest http) {
    SubjectId account = RiskViews.account(accountId);
    int max = RiskViews.limit(limit);
    audited("operator.risk-assessments-listed", http, Map.of("accountId", account.value()));
    return new RiskViews.AssessmentList(
        records.forAccount(account, beforeSeq, max).stream()
            .map(RiskViews.AssessmentItem::of)
            .toList());
  }

  @Operation(summary = "An account's alerts, newest first")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.REQ_INVALID_PARAMETER, ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(
      path = "/api/v1/admin/risk/accounts/{accountId}/alerts",
      produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AlertList accountAlerts(
      @PathVariable("accountId") String accountId,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "limit", defaultValue = "50") int limit,
      HttpServletRequest http) {
    SubjectId account = RiskViews.account(accountId);
    RiskAlert.Status wanted = RiskViews.alertStatus(status);
    int max = RiskViews.limit(limit);
    audited("operator.risk-alerts-listed", http, Map.of("accountId", account.value()));
    return new RiskViews.AlertList(
        alerts.forAccount(account, wanted, max).stream().map(RiskViews.AlertItem::of).toList());
  }

  @Operation(
      summary = "Alerts of every account, newest first (the analysts' queue with status=OPEN)")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.REQ_INVALID_PARAMETER, ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(path = "/api/v1/admin/risk/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AlertList alerts(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "limit", defaultValue = "50") int limit,
      HttpServletRequest http) {
    RiskAlert.Status wanted = RiskViews.alertStatus(status);
    int max = RiskViews.limit(limit);
    audited(
        "operator.risk-alerts-listed",
        http,
        Map.of("status", wanted == null ? "ALL" : wanted.name()));
    return new RiskViews.AlertList(
        alerts.list(wanted, max).stream().map(RiskViews.AlertItem::of).toList());
  }

  @Operation(summary = "Close an open alert with a note")
  @SecurityRequirement(name = "operator")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.RISK_ALERT_NOT_FOUND,
    ReasonCode.AUTH_UNAUTHENTICATED
  })
  @PostMapping(
      path = "/api/v1/admin/risk/alerts/{alertId}/close",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AlertItem close(
      @PathVariable("alertId") String alertId,
      @RequestBody CloseAlert request,
      HttpServletRequest http) {
    var id = RiskViews.id(alertId, "alert");
    RequestFields.text("note", request.note(), RiskAlert.MAX_NOTE);
    if (request.note().isBlank()) {
      throw new ApiProblem(ReasonCode.REQ_MISSING_FIELD, "Field 'note' is required.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    RiskAlert closed =
        transactions.inTransaction(
            () -> {
              RiskAlert alert =
                  alerts
                      .close(id, now, OPERATOR, request.note().strip())
                      .orElseThrow(() -> new ApiProblem(ReasonCode.RISK_ALERT_NOT_FOUND));
              audit.append(
                  new AuditEvent(
                      "risk.alert-closed",
                      Actor.operator(OPERATOR),
                      null,
                      ClientOrigin.of(http),
                      Map.of(
                          "alertId", alert.id().toString(),
                          "accountId", alert.account().value(),
                          "assessmentId", alert.assessmentId().toString())));
              return alert;
            });
    return RiskViews.AlertItem.of(closed);
  }

  @Operation(
      summary = "An account's profile as the engine holds it, checked against a replay",
      description =
          "profile is the ProfileCodec form in base64. matchesReplay tells whether applying every"
              + " recorded event of the account to an empty profile gives the same bytes.")
  @SecurityRequirement(name = "operator")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.RISK_UNAVAILABLE
  })
  @GetMapping(
      path = "/api/v1/admin/risk/accounts/{accountId}/profile",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ProfileItem profile(@PathVariable("accountId") String accountId, HttpServletRequest http) {
    SubjectId account = RiskViews.account(accountId);
    audited("operator.risk-profile-read", http, Map.of("accountId", account.value()));
    ProfileView held = host.profile(account);
    ProfileView replayed = host.replayed(account);
    byte[] bytes = ProfileCodec.encode(held.profile());
    return new ProfileItem(
        account.value(),
        held.appliedSeq(),
        bytes.length,
        Base64.getEncoder().encodeToString(bytes),
        replayed.appliedSeq(),
        held.appliedSeq() == replayed.appliedSeq()
            && Arrays.equals(bytes, ProfileCodec.encode(replayed.profile())));
  }

  @Operation(summary = "The policies in force: the active one and the candidate in shadow")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(path = "/api/v1/admin/risk/policy", produces = MediaType.APPLICATION_JSON_VALUE)
  PolicyStatus policy(HttpServletRequest http) {
    audited("operator.risk-policy-read", http, Map.of());
    return PolicyStatus.of(policies.status());
  }

  @Operation(
      summary = "Reload the policy files now",
      description =
          "Both files are validated whole first: if either is refused, nothing changes and every"
              + " problem is listed under errors.")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.RISK_POLICY_REFUSED, ReasonCode.AUTH_UNAUTHENTICATED})
  @PostMapping(
      path = "/api/v1/admin/risk/policy/reload",
      produces = MediaType.APPLICATION_JSON_VALUE)
  PolicyStatus reload(HttpServletRequest http) {
    return switch (policies.reload(Actor.operator(OPERATOR), ClientOrigin.of(http))) {
      case PolicyFiles.Reload.Done(var status) -> PolicyStatus.of(status);
      case PolicyFiles.Reload.Refused(var refusal) ->
          throw ApiProblem.ofFields(
              "The policy " + refusal.source() + " was refused; the running policy stays.",
              refusal.problems().stream()
                  .map(
                      p ->
                          new ProblemBody.FieldError(
                              null, ReasonCode.RISK_POLICY_REFUSED.name(), p))
                  .toList());
    };
  }

  private void audited(String type, HttpServletRequest http, Map<String, String> data) {
    transactions.run(
        () ->
            audit.append(
                new AuditEvent(type, Actor.operator(OPERATOR), null, ClientOrigin.of(http), data)));
  }
}
