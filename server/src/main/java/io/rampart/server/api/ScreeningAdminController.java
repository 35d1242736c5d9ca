package io.rampart.server.api;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.TransactionRunner;
import io.rampart.screening.Alert;
import io.rampart.screening.DecisionOutcome;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import io.rampart.server.api.ScreeningViews.AlertView;
import io.rampart.server.api.ScreeningViews.Alerts;
import io.rampart.server.api.ScreeningViews.EntryView;
import io.rampart.server.api.ScreeningViews.ListView;
import io.rampart.server.api.ScreeningViews.Lists;
import io.rampart.server.api.ScreeningViews.ReloadView;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.screening.ScreeningReloads;
import io.rampart.server.security.OperatorToken;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's side of screening: reloading the lists, looking at what is in force, and working
 * through alerts. Every call is audited (a reload and a decision by the screening capability
 * itself, in the transaction that records them).
 */
@Tag(name = "Operator")
@RestController
final class ScreeningAdminController {
  static final int MAX_ALERTS = 500;

  private final Screening screening;
  private final ScreeningReloads reloads;
  private final AuditTrail audit;
  private final TransactionRunner transactions;

  ScreeningAdminController(
      Screening screening,
      ScreeningReloads reloads,
      AuditTrail audit,
      TransactionRunner transactions) {
    this.screening = screening;
    this.reloads = reloads;
    this.audit = audit;
    this.transactions = transactions;
  }

  @Operation(
      summary = "Reload the sanctions lists now",
      description =
          "Reads every configured list again. A list that fails to load is refused with its"
              + " problems and its version in force stays; screening goes on meanwhile. Recorded"
              + " customers are then screened again against the entries that changed.")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.SCR_RELOAD_IN_PROGRESS})
  @PostMapping(path = "/api/v1/admin/screening/reload", produces = MediaType.APPLICATION_JSON_VALUE)
  ReloadView reload(HttpServletRequest http) {
    ReloadReport report =
        reloads
            .reload(operator(), ClientOrigin.of(http))
            .orElseThrow(() -> new ApiProblem(ReasonCode.SCR_RELOAD_IN_PROGRESS));
    return ReloadView.of(report);
  }

  @Operation(summary = "The sanctions lists in force, with their versions")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(path = "/api/v1/admin/screening/lists", produces = MediaType.APPLICATION_JSON_VALUE)
  Lists lists() {
    return new Lists(ListView.of(screening.lists()));
  }

  @Operation(summary = "One entry of a list in force, as loaded: what an alert is reviewed against")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.REQ_NOT_FOUND})
  @GetMapping(
      path = "/api/v1/admin/screening/lists/{list}/entries/{entryId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  EntryView entry(
      @PathVariable("list") String list,
      @PathVariable("entryId") String entryId,
      HttpServletRequest http) {
    audited(
        "operator.screening-entry-viewed",
        http,
        Map.of("list", cut(list), "entryId", cut(entryId)));
    return screening
        .entry(list, entryId)
        .map(EntryView::of)
        .orElseThrow(
            () -> new ApiProblem(ReasonCode.REQ_NOT_FOUND, "No such entry in a list in force."));
  }

  @Operation(summary = "Screening alerts, newest first")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.REQ_INVALID_PARAMETER})
  @GetMapping(path = "/api/v1/admin/screening/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
  Alerts alerts(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "customerId", required = false) String customerId,
      @RequestParam(name = "limit", defaultValue = "100") int limit,
      HttpServletRequest http) {
    if (limit < 1 || limit > MAX_ALERTS) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "limit must be between 1 and " + MAX_ALERTS + ".");
    }
    if (customerId != null && !RequestFields.plausibleToken(customerId)) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "customerId is not a customer id.");
    }
    Alert.Status wanted = status(status);
    Map<String, String> data = new LinkedHashMap<>();
    data.put("status", wanted == null ? "ALL" : wanted.name());
    if (customerId != null) data.put("customerId", customerId);
    audited("operator.screening-alerts-listed", http, data);
    return new Alerts(
        screening.alerts(wanted, customerId, limit).stream().map(AlertView::of).toList());
  }

  @Operation(summary = "One screening alert")
  @SecurityRequirement(name = "operator")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.SCR_ALERT_NOT_FOUND,
    ReasonCode.REQ_INVALID_PARAMETER
  })
  @GetMapping(
      path = "/api/v1/admin/screening/alerts/{id}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  AlertView alert(@PathVariable("id") String id, HttpServletRequest http) {
    UUID alertId = alertId(id);
    audited("operator.screening-alert-viewed", http, Map.of("alertId", alertId.toString()));
    return screening
        .alert(alertId)
        .map(AlertView::of)
        .orElseThrow(() -> new ApiProblem(ReasonCode.SCR_ALERT_NOT_FOUND));
  }

  /**
   * An analyst's decision.
   *
   * @param decision {@code confirm} (it is the listed party) or {@code dismiss} (it is not)
   * @param reason why, 1 to 1,000 characters
   */
  public record DecisionRequest(String decision, String reason) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("decision", decision, 16);
      RequestFields.text("reason", reason, 4096);
    }

    Alert.Status status() {
      return switch (decision.strip().toLowerCase(Locale.ROOT)) {
        case "confirm", "confirmed" -> Alert.Status.CONFIRMED;
        case "dismiss", "dismissed" -> Alert.Status.DISMISSED;
        default ->
            throw new ApiProblem(
                ReasonCode.REQ_INVALID_FIELD, "Field 'decision' must be confirm or dismiss.");
      };
    }
  }

  @Operation(
      summary = "Confirm or dismiss an open alert, with a reason",
      description =
          "A dismissed alert keeps the same customer data from alerting again on the same entry;"
              + " a change to either raises a new alert.")
  @SecurityRequirement(name = "operator")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.SCR_ALERT_NOT_FOUND,
    ReasonCode.SCR_ALERT_ALREADY_DECIDED,
    ReasonCode.SCR_DECISION_REASON_REQUIRED
  })
  @PostMapping(
      path = "/api/v1/admin/screening/alerts/{id}/decision",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  AlertView decide(
      @PathVariable("id") String id,
      @RequestBody DecisionRequest request,
      HttpServletRequest http) {
    UUID alertId = alertId(id);
    return switch (screening.decide(
        alertId, request.status(), request.reason(), operator(), ClientOrigin.of(http))) {
      case DecisionOutcome.Decided d -> AlertView.of(d.alert());
      case DecisionOutcome.Rejected r -> throw new ApiProblem(r.reason(), r.detail());
    };
  }

  private void audited(String type, HttpServletRequest http, Map<String, String> data) {
    transactions.run(
        () -> audit.append(new AuditEvent(type, operator(), null, ClientOrigin.of(http), data)));
  }

  private static Actor operator() {
    return Actor.operator(OperatorToken.NAME);
  }

  private static UUID alertId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The alert id is not a UUID.");
    }
  }

  private static Alert.Status status(String status) {
    if (status == null || status.isBlank()) return null;
    try {
      return Alert.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "status must be OPEN, CONFIRMED or DISMISSED.");
    }
  }

  private static String cut(String value) {
    return value.length() > 200 ? value.substring(0, 200) : value;
  }
}
