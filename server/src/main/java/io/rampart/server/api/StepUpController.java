package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.identity.ActionCatalogue;
import io.rampart.identity.Authorization;
import io.rampart.identity.Identity;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.StepUpOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.ProofRequest;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step-up: a fresh proof of a second factor that elevates the session for one action of the
 * catalogue, for a few minutes.
 */
@Tag(name = "Step-up")
@RestController
final class StepUpController {
  private final Identity identity;

  StepUpController(Identity identity) {
    this.identity = identity;
  }

  public record StepUpRequest(@Schema(example = "change-password") String action)
      implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("action", action, 64);
      actionOf(action);
    }
  }

  /**
   * @param elevatedUntil when the elevation ends; absent when the session alone is enough
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Elevated(String action, Instant elevatedUntil) {}

  @Operation(
      summary = "Start a step-up for an action",
      description =
          "200 if the session may already do the action; otherwise 202 with the challenge. For"
              + " an account without an authenticator app or passkey the method is an e-mailed"
              + " code, sent with this answer.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED
  })
  @ApiResponse(
      responseCode = "200",
      description = "The session may do the action now",
      content = @Content(schema = @Schema(implementation = Elevated.class)))
  @ApiResponse(
      responseCode = "202",
      description = "Prove a factor first",
      content = @Content(schema = @Schema(implementation = ChallengeJson.class)))
  @PostMapping(
      path = "/api/v1/step-up",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> start(
      @RequestBody StepUpRequest request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    SensitiveAction action = actionOf(request.action());
    return switch (identity.authorize(
        caller.account(), caller.session(), action, ClientOrigin.of(http))) {
      case Authorization.Granted(var until) ->
          ResponseEntity.ok(new Elevated(action.wireName(), until));
      case Authorization.StepUpRequired(var challenge) ->
          ResponseEntity.accepted().body(ChallengeJson.of(challenge));
      case Authorization.Refused(var reason) -> throw new ApiProblem(reason);
      case Authorization.Throttled(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_MFA_THROTTLED, null, retryAfter);
    };
  }

  @Operation(summary = "Complete a step-up with a proof")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_MFA_PROOF_INVALID,
    ReasonCode.AUTH_MFA_METHOD_NOT_OFFERED,
    ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND,
    ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED,
    ReasonCode.AUTH_MFA_CHALLENGE_VOID,
    ReasonCode.AUTH_MFA_PASSKEY_CLONED,
    ReasonCode.AUTH_MFA_THROTTLED
  })
  @PostMapping(
      path = "/api/v1/step-up/{challengeId}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Elevated complete(
      @PathVariable("challengeId") String challengeId,
      @RequestBody ProofRequest request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    return switch (identity.completeStepUp(
        caller.account(),
        caller.session(),
        SecondFactorController.parse(challengeId),
        request.proof(),
        ClientOrigin.of(http))) {
      case StepUpOutcome.Elevated(var action, var until) -> new Elevated(action.wireName(), until);
      case StepUpOutcome.Refused(var reason) -> throw new ApiProblem(reason);
      case StepUpOutcome.Throttled(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_MFA_THROTTLED, null, retryAfter);
    };
  }

  /** One entry of the action catalogue. */
  public record CatalogueEntry(
      @Schema(example = "withdraw") String action,
      @Schema(example = "critical") String risk,
      @Schema(example = "authenticator") String assurance) {}

  public record Catalogue(List<CatalogueEntry> actions) {}

  @Operation(summary = "The action catalogue: each action's risk and the assurance it needs")
  @SecurityRequirement(name = "session")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.AUTH_SESSION_EXPIRED})
  @GetMapping(path = "/api/v1/step-up/actions", produces = MediaType.APPLICATION_JSON_VALUE)
  Catalogue catalogue() {
    ActionCatalogue catalogue = identity.actionCatalogue();
    return new Catalogue(
        Arrays.stream(SensitiveAction.values())
            .map(
                a ->
                    new CatalogueEntry(
                        a.wireName(),
                        catalogue.ruleFor(a).risk().name().toLowerCase(java.util.Locale.ROOT),
                        catalogue.ruleFor(a).assurance().wireName()))
            .toList());
  }

  private static SensitiveAction actionOf(String text) {
    return SensitiveAction.parse(text)
        .orElseThrow(
            () ->
                new ApiProblem(
                    ReasonCode.REQ_INVALID_FIELD,
                    "Field 'action' must be one of "
                        + Arrays.stream(SensitiveAction.values())
                            .map(SensitiveAction::wireName)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
