package io.rampart.server.api;

import io.rampart.identity.ChallengeId;
import io.rampart.identity.Identity;
import io.rampart.identity.PasskeyOptionsOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.ProofRequest;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Completing a sign-in with a second factor, and signing in with a passkey alone. */
@Tag(name = "Sessions")
@RestController
final class SecondFactorController {
  private final Identity identity;
  private final SignedInResponses responses;

  SecondFactorController(Identity identity, SignedInResponses responses) {
    this.identity = identity;
    this.responses = responses;
  }

  @Operation(
      summary = "Complete a sign-in with a second factor",
      description =
          "Proves one of the methods the sign-in's 202 named. At most five proofs per challenge"
              + " (the fifth wrong one voids it) and a cap of wrong proofs per hour on the account's"
              + " budget for this device, if the account knows it, or for unknown devices"
              + " (recovery codes are exempt, so the owner can always get in). With trustDevice,"
              + " this device skips the second factor for 30 days (by default) while the risk"
              + " engine allows its sign-ins; a recovery code cannot trust its device"
              + " (400 AUTH_MFA_TRUST_NOT_ALLOWED), and using one revokes every trusted device.")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_MFA_PROOF_INVALID,
    ReasonCode.AUTH_MFA_METHOD_NOT_OFFERED,
    ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND,
    ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED,
    ReasonCode.AUTH_MFA_CHALLENGE_VOID,
    ReasonCode.AUTH_MFA_PASSKEY_CLONED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_MFA_TRUST_NOT_ALLOWED
  })
  @ApiResponse(
      responseCode = "201",
      description = "Signed in; the session and device cookies are set",
      content = @Content(schema = @Schema(implementation = SessionsController.SignedIn.class)))
  @PostMapping(
      path = "/api/v1/sessions/challenges/{challengeId}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SessionsController.SignedIn> complete(
      @PathVariable("challengeId") String challengeId,
      @RequestBody ProofRequest request,
      HttpServletRequest http) {
    return responses.of(
        identity.completeSignIn(
            parse(challengeId),
            request.proof(),
            Credentials.deviceToken(http).orElse(null),
            request.trust(),
            ClientOrigin.of(http)));
  }

  @Operation(
      summary = "Start a sign-in with a passkey alone",
      description =
          "Returns a challenge whose passkey options ask for any passkey of this site, with user"
              + " verification (a discoverable credential). A source (IP or network) whose passkey"
              + " sign-ins failed too often gets 429 AUTH_THROTTLED instead, as for passwords.")
  @Problems({ReasonCode.AUTH_THROTTLED})
  @ApiResponse(
      responseCode = "200",
      description = "The challenge",
      content = @Content(schema = @Schema(implementation = ChallengeJson.class)))
  @PostMapping(
      path = "/api/v1/sessions/passkey/challenges",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ChallengeJson passkeyOptions(HttpServletRequest http) {
    return switch (identity.passkeySignInOptions(ClientOrigin.of(http))) {
      case PasskeyOptionsOutcome.Ready(var challenge) -> ChallengeJson.of(challenge);
      case PasskeyOptionsOutcome.Throttled(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_THROTTLED, null, retryAfter);
    };
  }

  /**
   * @param credential the assertion, as {@code PublicKeyCredential.toJSON()} gives it
   * @param trustDevice whether to trust this device
   */
  public record PasskeySignIn(JsonNode credential, Boolean trustDevice)
      implements ValidatedRequest {
    @Override
    public void validate() {
      if (credential == null || !credential.isObject()) {
        throw new ApiProblem(
            ReasonCode.REQ_MISSING_FIELD, "Field 'credential' must be the passkey's JSON.");
      }
    }

    @Override
    public String toString() {
      return "PasskeySignIn[***]";
    }
  }

  @Operation(
      summary = "Sign in with a passkey alone",
      description =
          "The assertion must carry the user handle (a discoverable credential), and it must be"
              + " the passkey's own user. A failed attempt counts on the source's IP and network"
              + " as a wrong password does; once they are used up, attempts get 429"
              + " AUTH_THROTTLED with Retry-After.")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_MFA_PROOF_INVALID,
    ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND,
    ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED,
    ReasonCode.AUTH_MFA_CHALLENGE_VOID,
    ReasonCode.AUTH_MFA_PASSKEY_CLONED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_THROTTLED,
    ReasonCode.AUTH_MFA_PASSKEY_USER_HANDLE_REQUIRED,
    ReasonCode.RISK_DENIED
  })
  @ApiResponse(
      responseCode = "201",
      description = "Signed in; the session and device cookies are set",
      content = @Content(schema = @Schema(implementation = SessionsController.SignedIn.class)))
  @PostMapping(
      path = "/api/v1/sessions/passkey/challenges/{challengeId}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SessionsController.SignedIn> signInWithPasskey(
      @PathVariable("challengeId") String challengeId,
      @RequestBody PasskeySignIn request,
      HttpServletRequest http) {
    return responses.of(
        identity.signInWithPasskey(
            parse(challengeId),
            request.credential().toString(),
            Credentials.deviceToken(http).orElse(null),
            Boolean.TRUE.equals(request.trustDevice()),
            ClientOrigin.of(http)));
  }

  static ChallengeId parse(String challengeId) {
    if (!RequestFields.plausibleToken(challengeId)) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The challenge id is not valid.");
    }
    try {
      return ChallengeId.parse(challengeId);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The challenge id is not valid.");
    }
  }
}
