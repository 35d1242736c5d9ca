package io.rampart.server.api;

import io.rampart.identity.ServiceCaller;
import io.rampart.kernel.ReasonCode;
import io.rampart.risk.EventCheck;
import io.rampart.risk.EventContext;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskRecordStore;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.ProblemBody;
import io.rampart.server.risk.FeatureCounts;
import io.rampart.server.risk.RiskHost;
import io.rampart.server.risk.RiskOutcome;
import io.rampart.server.risk.RiskSubmission;
import io.rampart.server.risk.RiskUnavailableException;
import io.rampart.server.risk.json.RiskEventJson;
import io.rampart.server.risk.json.RiskEventJsonBatch;
import io.rampart.server.wiring.RiskWiring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk engine for backend systems, with a service key: a decision on one action now, batches of
 * events, and reading assessments back.
 */
@Tag(name = "Risk")
@RestController
final class RiskController {
  static final String NDJSON = "application/x-ndjson";
  static final String EVALUATE = "/api/v1/risk/evaluate";

  private final RiskHost host;
  private final RiskEventJson json;
  private final RiskWiring.RiskIpIntelligence ips;
  private final FeatureCounts counts;
  private final RiskRecordStore records;
  private final int maxBatchEvents;

  RiskController(
      RiskHost host,
      RiskEventJson json,
      RiskWiring.RiskIpIntelligence ips,
      FeatureCounts counts,
      RiskRecordStore records,
      RampartProperties properties) {
    this.host = host;
    this.json = json;
    this.ips = ips;
    this.counts = counts;
    this.records = records;
    this.maxBatchEvents = properties.risk().maxBatchEvents();
  }

  /**
   * The engine's decision, durable when it is returned; {@link EvaluationJson} writes it, this
   * record describes it (OpenAPI) and reads it back in tests.
   */
  public record Evaluation(
      String assessmentId,
      @Schema(allowableValues = {"ALLOW", "CHALLENGE", "REVIEW", "DENY"}) String decision,
      int score,
      List<RiskViews.Reason> reasons,
      String policyVersion,
      @Schema(description = "The event had been sent before: this is its first assessment")
          boolean duplicate) {
    static Evaluation of(RiskOutcome outcome) {
      var a = outcome.record().enforced();
      return new Evaluation(
          outcome.record().id().toString(),
          a.decision().name(),
          a.score(),
          RiskViews.Reason.of(a),
          a.policyVersion(),
          outcome.duplicate());
    }
  }

  public record IngestedEvent(
      String eventId, String assessmentId, String decision, boolean duplicate) {}

  public record Ingested(int received, int recorded, int duplicates, List<IngestedEvent> results) {}

  @Operation(
      summary = "Assess one action now",
      description =
          "The body is one risk event (docs/events.md). The answer comes once the event and its"
              + " assessment are recorded. Sending the same event id again returns the first"
              + " assessment and changes nothing.")
  @SecurityRequirement(name = "service", scopes = "risk:evaluate")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(type = "object", description = "A risk event, schema v1")))
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE,
    ReasonCode.RISK_UNAVAILABLE
  })
  @ApiResponse(
      responseCode = "200",
      description = "The decision, recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = Evaluation.class)))
  @PostMapping(
      path = EVALUATE,
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  void evaluate(
      HttpServletRequest http,
      HttpServletResponse response,
      @AuthenticationPrincipal ServiceCaller caller)
      throws IOException {
    byte[] body;
    int length;
    try {
      body = eventBuffer(http.getContentLength());
      length = http.getInputStream().readNBytes(body, 0, body.length);
    } catch (IOException e) {
      throw new ApiProblem(ReasonCode.REQ_MALFORMED_BODY, "The event could not be read.");
    }
    RiskEvent event =
        switch (json.read(body, length)) {
          case EventCheck.Valid(var valid) -> valid;
          case EventCheck.Invalid(var problems) -> throw problem(problems, "");
        };
    RiskOutcome outcome;
    try {
      outcome = host.evaluate(submission(caller, event));
    } catch (RiskUnavailableException e) {
      throw ApiProblem.riskUnavailable();
    }
    EvaluationJson.write(outcome, response);
  }

  /**
   * Room for the event, and one byte more so that a larger one is seen as too large: as much as the
   * body declares, when it declares its length. {@code readNBytes(int)} would allocate 16 KB (and
   * copy) for the typical half-kilobyte event.
   */
  private static byte[] eventBuffer(int declaredLength) {
    int most = RiskEventJson.MAX_EVENT_BYTES + 1;
    return new byte[declaredLength >= 0 ? Math.min(declaredLength, most) : most];
  }

  @Operation(
      summary = "Record a batch of events",
      description =
          "A JSON array of events or NDJSON (one per line), at most rampart.risk.max-batch-events."
              + " Every event is checked first: if any is invalid, nothing is recorded and every"
              + " problem is listed under errors, named [index].field. Each event is assessed"
              + " (REVIEW and DENY raise alerts) and recorded before the answer; one account's"
              + " events are applied in the order sent. Re-sent events change nothing, so a batch"
              + " answered 503 can be sent again whole.")
  @SecurityRequirement(name = "service", scopes = "events:write")
  @RequestBody(
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "array", description = "Risk events, schema v1")),
        @Content(mediaType = NDJSON, schema = @Schema(type = "string"))
      })
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE,
    ReasonCode.RISK_UNAVAILABLE
  })
  @PostMapping(
      path = "/api/v1/risk/events",
      consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
      produces = MediaType.APPLICATION_JSON_VALUE)
  Ingested ingest(HttpServletRequest http, @AuthenticationPrincipal ServiceCaller caller) {
    List<RiskEvent> events = new ArrayList<>();
    List<ProblemBody.FieldError> errors = new ArrayList<>();
    try (RiskEventJsonBatch batch = json.batch(http.getInputStream(), maxBatchEvents)) {
      while (batch.hasNext()) {
        switch (batch.next()) {
          case RiskEventJsonBatch.Accepted(var index, var line, var event) -> events.add(event);
          case RiskEventJsonBatch.Refused(var index, var line, var problems) ->
              errors.addAll(fieldErrors(problems, "[" + index + "]"));
          case RiskEventJsonBatch.Stopped(var index, var line, var problem) ->
              errors.addAll(fieldErrors(List.of(problem), "[" + index + "]"));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ApiProblem(ReasonCode.REQ_MALFORMED_BODY, "The batch could not be read.");
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.ofFields(
          "The batch has " + errors.size() + " problem(s); nothing was recorded.", errors);
    }
    if (events.isEmpty()) {
      throw new ApiProblem(ReasonCode.REQ_MALFORMED_BODY, "The batch holds no events.");
    }
    List<RiskSubmission> submissions = new ArrayList<>(events.size());
    for (RiskEvent event : events) {
      submissions.add(submission(caller, event));
    }
    List<RiskOutcome> outcomes = host.ingest(submissions);
    List<IngestedEvent> results = new ArrayList<>(outcomes.size());
    int duplicates = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      RiskOutcome o = outcomes.get(i);
      duplicates += o.duplicate() ? 1 : 0;
      results.add(
          new IngestedEvent(
              events.get(i).eventId(),
              o.record().id().toString(),
              o.record().enforced().decision().name(),
              o.duplicate()));
    }
    return new Ingested(outcomes.size(), outcomes.size() - duplicates, duplicates, results);
  }

  @Operation(summary = "One assessment, with its event")
  @SecurityRequirement(name = "service", scopes = "risk:read")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.RISK_ASSESSMENT_NOT_FOUND,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE
  })
  @GetMapping(
      path = "/api/v1/risk/assessments/{assessmentId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AssessmentItem assessment(@PathVariable("assessmentId") String assessmentId) {
    return records
        .findById(RiskViews.id(assessmentId, "assessment"))
        .map(RiskViews.AssessmentItem::of)
        .orElseThrow(() -> new ApiProblem(ReasonCode.RISK_ASSESSMENT_NOT_FOUND));
  }

  @Operation(summary = "An account's assessments, newest first")
  @SecurityRequirement(name = "service", scopes = "risk:read")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE
  })
  @GetMapping(
      path = "/api/v1/risk/accounts/{accountId}/assessments",
      produces = MediaType.APPLICATION_JSON_VALUE)
  RiskViews.AssessmentList assessments(
      @PathVariable("accountId") String accountId,
      @RequestParam(name = "before", required = false) Long beforeSeq,
      @RequestParam(name = "limit", defaultValue = "50") int limit) {
    List<RecordedAssessment> found =
        records.forAccount(RiskViews.account(accountId), beforeSeq, RiskViews.limit(limit));
    return new RiskViews.AssessmentList(found.stream().map(RiskViews.AssessmentItem::of).toList());
  }

  private RiskSubmission submission(ServiceCaller caller, RiskEvent event) {
    return new RiskSubmission(
        caller.name(),
        event,
        EventContext.lookup(event, ips.ips(), counts).ip(),
        json.write(event));
  }

  private static ApiProblem problem(List<EventCheck.Problem> problems, String prefix) {
    List<ProblemBody.FieldError> errors = fieldErrors(problems, prefix);
    String detail =
        problems.size() == 1
            ? problems.getFirst().message()
            : "The event has " + problems.size() + " problems; each is listed under errors.";
    return ApiProblem.ofFields(detail, errors);
  }

  private static List<ProblemBody.FieldError> fieldErrors(
      List<EventCheck.Problem> problems, String prefix) {
    List<ProblemBody.FieldError> errors = new ArrayList<>(problems.size());
    for (EventCheck.Problem p : problems) {
      String field =
          p.field() == null
              ? (prefix.isEmpty() ? null : prefix)
              : (prefix.isEmpty() ? p.field() : prefix + "." + p.field());
      errors.add(new ProblemBody.FieldError(field, p.code().name(), p.message()));
    }
    return errors;
  }
}
