package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.identity.Identity;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.SessionEndOutcome;
import io.rampart.identity.SessionView;
import io.rampart.identity.SignInAttempt;
import io.rampart.identity.SignInOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.SessionId;
import io.rampart.server.ops.SignInMetrics;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Password sign-in and the caller's sessions. */
@Tag(name = "Sessions")
@RestController
final class SessionsController {
  static final String ENDED_HEADER = "X-Rampart-Sessions-Ended";

  private final Identity identity;
  private final Cookies cookies;
  private final SignInMetrics metrics;
  private final SignedInResponses responses;
  private final StepUpGuard stepUp;

  SessionsController(
      Identity identity,
      Cookies cookies,
      SignInMetrics metrics,
      SignedInResponses responses,
      StepUpGuard stepUp) {
    this.identity = identity;
    this.cookies = cookies;
    this.metrics = metrics;
    this.responses = responses;
    this.stepUp = stepUp;
  }

  public record SignInRequest(String email, String password) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.email("email", email);
      RequestFields.text("password", password, RequestFields.MAX_PASSWORD);
    }

    @Override
    public String toString() {
      return "SignInRequest[email=" + email + ", password=***]";
    }
  }

  /**
   * A new session. {@code token} is shown once; keep {@code deviceToken} and send it on later
   * sign-ins ({@code X-Rampart-Device}) so this device is recognised.
   *
   * @param trustedUntil when this device stops skipping the second factor, if it was just trusted
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SignedIn(
      String sessionId,
      String token,
      Instant expiresAt,
      Instant idleExpiresAt,
      String deviceToken,
      Instant trustedUntil) {
    @Override
    public String toString() {
      return "SignedIn[sessionId=" + sessionId + "]";
    }
  }

  @Operation(
      summary = "Sign in with e-mail and password",
      description =
          "Sets the session cookie and a device cookie. API clients send the token as"
              + " Authorization: Bearer and may send the device token as X-Rampart-Device. When"
              + " the account has a second factor and this sign-in needs it (risk verdict,"
              + " untrusted device, policy), the answer is 202 with a challenge instead: complete"
              + " it at POST /api/v1/sessions/challenges/{challengeId}.")
  @Problems({
    ReasonCode.REQ_INVALID_EMAIL,
    ReasonCode.AUTH_INVALID_CREDENTIALS,
    ReasonCode.AUTH_EMAIL_NOT_VERIFIED,
    ReasonCode.RISK_DENIED,
    ReasonCode.AUTH_THROTTLED,
    ReasonCode.AUTH_OVERLOADED
  })
  @ApiResponse(
      responseCode = "201",
      description = "Signed in; the session and device cookies are set",
      content = @Content(schema = @Schema(implementation = SignedIn.class)))
  @ApiResponse(
      responseCode = "202",
      description = "The password is right; now prove a second factor",
      content = @Content(schema = @Schema(implementation = ChallengeJson.class)))
  @PostMapping(
      path = "/api/v1/sessions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> signIn(@RequestBody SignInRequest request, HttpServletRequest http) {
    char[] password = request.password().toCharArray();
    SignInOutcome outcome;
    try {
      outcome =
          identity.signIn(
              new SignInAttempt(
                  request.email(),
                  password,
                  ClientOrigin.of(http),
                  Credentials.deviceToken(http).orElse(null)));
    } finally {
      Arrays.fill(password, '\0');
    }
    metrics.record(outcome);
    return switch (outcome) {
      case SignInOutcome.SignedIn signedIn -> responses.created(signedIn, null);
      case SignInOutcome.SecondFactorRequired(var challenge) ->
          ResponseEntity.accepted().body(ChallengeJson.of(challenge));
      case SignInOutcome.Refused(var reason) -> throw new ApiProblem(reason);
      case SignInOutcome.Throttled(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_THROTTLED, null, retryAfter);
      case SignInOutcome.Overloaded(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_OVERLOADED, null, retryAfter);
    };
  }

  public record SessionItem(
      String id,
      Instant createdAt,
      Instant lastSeenAt,
      Instant idleExpiresAt,
      Instant expiresAt,
      String ipAddress,
      String userAgent,
      boolean current) {
    static SessionItem of(SessionView view) {
      return new SessionItem(
          view.id().toString(),
          view.createdAt(),
          view.lastSeenAt(),
          view.idleExpiresAt(),
          view.expiresAt(),
          view.ipAddress(),
          view.userAgent(),
          view.current());
    }
  }

  public record SessionList(List<SessionItem> sessions) {}

  @Operation(summary = "List the caller's active sessions, newest first")
  @SecurityRequirement(name = "session")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.AUTH_SESSION_EXPIRED})
  @GetMapping(path = "/api/v1/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
  SessionList list(@AuthenticationPrincipal CallerSession caller) {
    return new SessionList(
        identity.sessions(caller.account(), caller.session()).stream()
            .map(SessionItem::of)
            .toList());
  }

  @Operation(
      summary = "Show one of the caller's active sessions",
      description =
          "The Location of a sign-in's 201 points here. Another account's session, an ended or"
              + " expired one and an unknown id all answer 404 AUTH_SESSION_NOT_FOUND.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_SESSION_NOT_FOUND,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED
  })
  @GetMapping(path = "/api/v1/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  SessionItem show(@PathVariable("id") String id, @AuthenticationPrincipal CallerSession caller) {
    return identity
        .session(caller.account(), sessionId(id), caller.session())
        .map(SessionItem::of)
        .orElseThrow(() -> new ApiProblem(ReasonCode.AUTH_SESSION_NOT_FOUND));
  }

  private static SessionId sessionId(String id) {
    try {
      return SessionId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The session id is not valid.");
    }
  }

  @Operation(summary = "Sign out: end the current session and clear its cookie")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN
  })
  @ApiResponse(responseCode = "204", description = "Ended")
  @DeleteMapping("/api/v1/sessions/current")
  ResponseEntity<Void> signOut(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    identity.endSession(
        caller.account(), caller.session(), caller.session(), ClientOrigin.of(http));
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, cookies.clearedSession())
        .build();
  }

  @Operation(
      summary = "End one of the caller's sessions",
      description =
          "Ending another session than the current one is the end-sessions action of the action"
              + " catalogue: it answers 401 AUTH_STEP_UP_REQUIRED if configured to need a factor.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_SESSION_NOT_FOUND,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN
  })
  @ApiResponse(responseCode = "204", description = "Ended")
  @DeleteMapping("/api/v1/sessions/{id}")
  ResponseEntity<Void> end(
      @PathVariable("id") String id,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    SessionId target = sessionId(id);
    if (!target.equals(caller.session())) {
      stepUp.require(caller, SensitiveAction.END_SESSIONS, http);
    }
    if (identity.endSession(caller.account(), caller.session(), target, ClientOrigin.of(http))
        instanceof SessionEndOutcome.Refused(var reason)) {
      throw new ApiProblem(reason);
    }
    var response = ResponseEntity.noContent();
    if (target.equals(caller.session())) {
      response.header(HttpHeaders.SET_COOKIE, cookies.clearedSession());
    }
    return response.build();
  }

  @Operation(
      summary = "End every session of the caller but the current one",
      description =
          "The number of sessions ended is in the X-Rampart-Sessions-Ended header. This is the"
              + " end-sessions action of the action catalogue.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN
  })
  @ApiResponse(responseCode = "204", description = "Ended")
  @DeleteMapping("/api/v1/sessions")
  ResponseEntity<Void> endOthers(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.END_SESSIONS, http);
    return switch (identity.endOtherSessions(
        caller.account(), caller.session(), ClientOrigin.of(http))) {
      case SessionEndOutcome.Ended(var ended) ->
          ResponseEntity.noContent().header(ENDED_HEADER, Integer.toString(ended)).build();
      case SessionEndOutcome.Refused(var reason) -> throw new ApiProblem(reason);
    };
  }
}
