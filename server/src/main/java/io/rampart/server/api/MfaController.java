package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.identity.FactorChangeOutcome;
import io.rampart.identity.Identity;
import io.rampart.identity.MfaOverview;
import io.rampart.identity.PasskeyCreation;
import io.rampart.identity.PasskeyCreationOutcome;
import io.rampart.identity.PasskeyView;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.TotpEnrolmentOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The caller's second factors: an authenticator app, passkeys, recovery codes. Adding one (or new
 * recovery codes) is the add-factor action of the catalogue, removing one the remove-factor action:
 * both need a fresh second factor by default ({@code 401 AUTH_STEP_UP_REQUIRED} with the
 * challenge).
 */
@Tag(name = "Second factors")
@RestController
final class MfaController {
  static final int MAX_CREDENTIAL_ID = 1400;

  private final Identity identity;
  private final StepUpGuard stepUp;

  MfaController(Identity identity, StepUpGuard stepUp) {
    this.identity = identity;
    this.stepUp = stepUp;
  }

  public record Passkey(
      String id, String name, Instant createdAt, Instant lastUsedAt, boolean synced) {
    static Passkey of(PasskeyView view) {
      return new Passkey(
          view.id(), view.name(), view.createdAt(), view.lastUsedAt(), view.synced());
    }
  }

  public record Factors(
      boolean totp, boolean totpPending, List<Passkey> passkeys, int recoveryCodesLeft) {}

  @Operation(summary = "The caller's second factors")
  @SecurityRequirement(name = "session")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.AUTH_SESSION_EXPIRED})
  @GetMapping(path = "/api/v1/account/mfa", produces = MediaType.APPLICATION_JSON_VALUE)
  Factors factors(@AuthenticationPrincipal CallerSession caller) {
    MfaOverview overview = identity.secondFactors(caller.account());
    return new Factors(
        overview.totp(),
        overview.totpPending(),
        overview.passkeys().stream().map(Passkey::of).toList(),
        overview.recoveryCodesLeft());
  }

  /**
   * @param secret the seed in base32, to type into the app
   * @param otpauthUri what the QR code holds
   * @param qrPng the QR code, a PNG in base64
   */
  public record TotpEnrolment(String secret, String otpauthUri, String qrPng) {
    @Override
    public String toString() {
      return "TotpEnrolment[***]";
    }
  }

  @Operation(
      summary = "Start setting up an authenticator app",
      description =
          "Shows the secret once; the app becomes active only when confirmed with a current code"
              + " at POST /api/v1/account/mfa/totp/confirm.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_MFA_ALREADY_ENROLLED
  })
  @PostMapping(path = "/api/v1/account/mfa/totp", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TotpEnrolment> enrolTotp(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.ADD_FACTOR, http);
    return switch (identity.enrolTotp(caller.account(), caller.session(), ClientOrigin.of(http))) {
      case TotpEnrolmentOutcome.Started(var enrolment) ->
          ResponseEntity.status(201)
              .body(
                  new TotpEnrolment(
                      enrolment.secret(),
                      enrolment.otpauthUri(),
                      Base64.getEncoder().encodeToString(enrolment.qrPng())));
      case TotpEnrolmentOutcome.Refused(var reason) -> throw new ApiProblem(reason);
    };
  }

  public record Code(@Schema(example = "123456") String code) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("code", code, 16);
    }

    @Override
    public String toString() {
      return "Code[***]";
    }
  }

  /**
   * @param passkey the passkey registered, if any
   * @param recoveryCodes new recovery codes, shown this once (empty if none were made)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FactorChanged(Passkey passkey, List<String> recoveryCodes) {
    static FactorChanged of(FactorChangeOutcome outcome) {
      return switch (outcome) {
        case FactorChangeOutcome.Changed(var passkey, var codes) ->
            new FactorChanged(passkey == null ? null : Passkey.of(passkey), codes);
        case FactorChangeOutcome.Refused(var reason) -> throw new ApiProblem(reason);
        case FactorChangeOutcome.Throttled(var retryAfter) ->
            throw new ApiProblem(ReasonCode.AUTH_MFA_THROTTLED, null, retryAfter);
      };
    }

    @Override
    public String toString() {
      return "FactorChanged[passkey=" + passkey + ", recoveryCodes=" + recoveryCodes.size() + "]";
    }
  }

  @Operation(
      summary = "Confirm the authenticator app with a current code",
      description =
          "Only the session that started the set-up may confirm it, within ten minutes and while"
              + " its add-factor elevation lasts (401 AUTH_STEP_UP_REQUIRED with a challenge"
              + " once it has run out). The first second factor of an account comes with ten"
              + " recovery codes, shown once. Adding it revokes every trusted device and tells"
              + " the owner.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_PROOF_INVALID,
    ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT,
    ReasonCode.AUTH_MFA_THROTTLED
  })
  @PostMapping(
      path = "/api/v1/account/mfa/totp/confirm",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  FactorChanged confirmTotp(
      @RequestBody Code request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.ADD_FACTOR, http);
    return FactorChanged.of(
        identity.confirmTotp(
            caller.account(), caller.session(), request.code().strip(), ClientOrigin.of(http)));
  }

  @Operation(
      summary = "Remove the authenticator app (or cancel its pending set-up)",
      description =
          "Removing the last second factor needs a step-up proven with a factor or recovery"
              + " code. Revokes every trusted device, tells the owner and locks withdrawals.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND,
    ReasonCode.AUTH_MFA_FACTOR_PROOF_REQUIRED
  })
  @DeleteMapping("/api/v1/account/mfa/totp")
  ResponseEntity<Void> removeTotp(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    boolean pendingOnly = identity.secondFactors(caller.account()).totpPending();
    if (!pendingOnly) {
      stepUp.require(caller, SensitiveAction.REMOVE_FACTOR, http);
    }
    FactorChanged.of(
        identity.removeTotp(caller.account(), caller.session(), ClientOrigin.of(http)));
    return ResponseEntity.noContent().build();
  }

  /**
   * {@code PublicKeyCredentialCreationOptionsJSON}: pass it to {@code
   * PublicKeyCredential.parseCreationOptionsFromJSON}.
   */
  public record CreationOptions(
      Rp rp,
      User user,
      String challenge,
      List<Parameter> pubKeyCredParams,
      long timeout,
      List<ChallengeJson.CredentialJson> excludeCredentials,
      Selection authenticatorSelection,
      String attestation) {
    public record Rp(String id, String name) {}

    public record User(String id, String name, String displayName) {}

    public record Parameter(String type, long alg) {}

    public record Selection(
        String residentKey, boolean requireResidentKey, String userVerification) {}

    static CreationOptions of(PasskeyCreation c) {
      return new CreationOptions(
          new Rp(c.rpId(), c.rpName()),
          new User(ChallengeJson.base64url(c.userHandle()), c.userName(), c.userName()),
          ChallengeJson.base64url(c.challenge()),
          List.of(
              new Parameter("public-key", -7),
              new Parameter("public-key", -8),
              new Parameter("public-key", -257)),
          c.timeout().toMillis(),
          c.excludeCredentialIds().stream().map(ChallengeJson.CredentialJson::of).toList(),
          new Selection("required", true, "required"),
          "none");
    }
  }

  public record PasskeyOptions(String challengeId, Instant expiresAt, CreationOptions publicKey) {}

  @Operation(summary = "Start registering a passkey: the options for the browser")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED
  })
  @PostMapping(
      path = "/api/v1/account/mfa/passkeys/options",
      produces = MediaType.APPLICATION_JSON_VALUE)
  PasskeyOptions passkeyOptions(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.ADD_FACTOR, http);
    return switch (identity.passkeyCreation(
        caller.account(), caller.session(), ClientOrigin.of(http))) {
      case PasskeyCreationOutcome.Ready(var options) ->
          new PasskeyOptions(
              options.challengeId().toString(), options.expiresAt(), CreationOptions.of(options));
      case PasskeyCreationOutcome.Refused(var reason) -> throw new ApiProblem(reason);
    };
  }

  /**
   * @param credential the new credential, as {@code PublicKeyCredential.toJSON()} gives it
   */
  public record PasskeyRegistration(
      String challengeId, @Schema(example = "Laptop") String name, JsonNode credential)
      implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("challengeId", challengeId, RequestFields.MAX_TOKEN);
      if (name != null) {
        RequestFields.text("name", name, 64);
      }
      if (credential == null || !credential.isObject()) {
        throw new ApiProblem(
            ReasonCode.REQ_MISSING_FIELD, "Field 'credential' must be the passkey's JSON.");
      }
    }
  }

  @Operation(
      summary = "Register a passkey",
      description =
          "Needs the add-factor elevation still in force (401 AUTH_STEP_UP_REQUIRED with a"
              + " challenge once it has run out). The first second factor of an account comes"
              + " with ten recovery codes, shown once. Revokes every trusted device and tells"
              + " the owner.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND,
    ReasonCode.AUTH_MFA_PASSKEY_INVALID
  })
  @PostMapping(
      path = "/api/v1/account/mfa/passkeys",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FactorChanged> registerPasskey(
      @RequestBody PasskeyRegistration request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.ADD_FACTOR, http);
    return ResponseEntity.status(201)
        .body(
            FactorChanged.of(
                identity.registerPasskey(
                    caller.account(),
                    caller.session(),
                    SecondFactorController.parse(request.challengeId()),
                    request.name(),
                    request.credential().toString(),
                    ClientOrigin.of(http))));
  }

  public record Name(@Schema(example = "Work laptop") String name) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("name", name, 64);
    }
  }

  @Operation(summary = "Rename a passkey")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND
  })
  @PutMapping(
      path = "/api/v1/account/mfa/passkeys/{id}/name",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> renamePasskey(
      @PathVariable("id") String id,
      @RequestBody Name request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    if (!identity.renamePasskey(
        caller.account(), credentialId(id), request.name(), ClientOrigin.of(http))) {
      throw new ApiProblem(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Remove a passkey",
      description =
          "Removing the last second factor needs a step-up proven with a factor or recovery"
              + " code. Revokes every trusted device, tells the owner and locks withdrawals.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND,
    ReasonCode.AUTH_MFA_FACTOR_PROOF_REQUIRED
  })
  @DeleteMapping("/api/v1/account/mfa/passkeys/{id}")
  ResponseEntity<Void> removePasskey(
      @PathVariable("id") String id,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    String credentialId = credentialId(id);
    boolean owned =
        identity.secondFactors(caller.account()).passkeys().stream()
            .anyMatch(p -> p.id().equals(credentialId));
    if (!owned) {
      throw new ApiProblem(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
    }
    stepUp.require(caller, SensitiveAction.REMOVE_FACTOR, http);
    FactorChanged.of(
        identity.removePasskey(
            caller.account(), caller.session(), credentialId, ClientOrigin.of(http)));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Replace the recovery codes with ten new ones",
      description = "The new codes are shown this once; the old ones stop working.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED
  })
  @PostMapping(
      path = "/api/v1/account/mfa/recovery-codes",
      produces = MediaType.APPLICATION_JSON_VALUE)
  FactorChanged regenerateRecoveryCodes(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.ADD_FACTOR, http);
    return FactorChanged.of(
        identity.regenerateRecoveryCodes(
            caller.account(), caller.session(), ClientOrigin.of(http)));
  }

  private static String credentialId(String id) {
    if (id == null
        || id.isEmpty()
        || id.length() > MAX_CREDENTIAL_ID
        || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The passkey id is not valid.");
    }
    return id;
  }
}
