package io.rampart.server.web;

import io.rampart.identity.FactorMethod;
import io.rampart.identity.Proof;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A second-factor proof in a request body: {@code {"method": "totp", "code": "123456"}}, {@code
 * {"method": "recovery-code", "code": "..."}}, {@code {"method": "email", "code": "..."}} or {@code
 * {"method": "passkey", "credential": <PublicKeyCredential.toJSON()>}}.
 *
 * @param trustDevice for a sign-in: trust this device for the configured time (default false)
 */
@Schema(name = "Proof")
public record ProofRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"totp", "passkey", "recovery-code", "email"})
        String method,
    @Schema(example = "123456") String code,
    @Schema(description = "The WebAuthn assertion, as PublicKeyCredential.toJSON() gives it")
        JsonNode credential,
    Boolean trustDevice)
    implements ValidatedRequest {
  static final int MAX_CODE = 64;

  @Override
  public void validate() {
    RequestFields.text("method", method, 32);
    FactorMethod parsed = methodOf(method);
    if (parsed == FactorMethod.PASSKEY) {
      if (credential == null || !credential.isObject()) {
        throw new ApiProblem(
            ReasonCode.REQ_MISSING_FIELD, "Field 'credential' must be the passkey's JSON.");
      }
    } else {
      RequestFields.text("code", code, MAX_CODE);
    }
  }

  public Proof proof() {
    return switch (methodOf(method)) {
      case TOTP -> new Proof.Totp(code.strip());
      case EMAIL_CODE -> new Proof.EmailCode(code.strip());
      case RECOVERY_CODE -> new Proof.RecoveryCode(code);
      case PASSKEY -> new Proof.Passkey(credential.toString());
    };
  }

  public boolean trust() {
    return Boolean.TRUE.equals(trustDevice);
  }

  private static FactorMethod methodOf(String method) {
    return FactorMethod.parse(method)
        .orElseThrow(
            () ->
                new ApiProblem(
                    ReasonCode.REQ_INVALID_FIELD,
                    "Field 'method' must be one of "
                        + Arrays.stream(FactorMethod.values())
                            .map(FactorMethod::wireName)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  @Override
  public String toString() {
    return "ProofRequest[method=" + method + ", ***]";
  }
}
