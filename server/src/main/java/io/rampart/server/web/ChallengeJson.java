package io.rampart.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A second-factor challenge as clients receive it: in the {@code 202} of a sign-in, the {@code 202}
 * of a step-up, and the {@code 401 AUTH_STEP_UP_REQUIRED} problem of a protected endpoint.
 *
 * @param action the action a step-up is for (wire name), or absent for a sign-in
 * @param methods the proofs it accepts, strongest first: {@code passkey}, {@code totp}, {@code
 *     recovery-code}, {@code email}
 * @param passkey when a passkey is offered: the options of {@code navigator.credentials.get()} in
 *     their JSON form ({@code PublicKeyCredential.parseRequestOptionsFromJSON})
 */
@Schema(name = "Challenge", description = "A second-factor challenge to complete")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeJson(
    String challengeId,
    @Schema(example = "change-password") String action,
    @Schema(example = "[\"totp\", \"recovery-code\"]") List<String> methods,
    Instant expiresAt,
    PasskeyRequestJson passkey) {

  /** {@code PublicKeyCredentialRequestOptionsJSON} (WebAuthn Level 3). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PasskeyRequestJson(
      String challenge,
      String rpId,
      List<CredentialJson> allowCredentials,
      String userVerification,
      long timeout) {}

  /** {@code PublicKeyCredentialDescriptorJSON}. */
  public record CredentialJson(String type, String id) {
    public static CredentialJson of(String id) {
      return new CredentialJson("public-key", id);
    }
  }

  public static ChallengeJson of(ChallengeView view) {
    PasskeyRequestJson passkey = null;
    if (view.passkey() != null) {
      ChallengeView.PasskeyRequest request = view.passkey();
      passkey =
          new PasskeyRequestJson(
              base64url(request.challenge()),
              request.rpId(),
              request.allowCredentialIds().stream().map(CredentialJson::of).toList(),
              request.userVerificationRequired() ? "required" : "preferred",
              request.timeout().toMillis());
    }
    return new ChallengeJson(
        view.id().toString(),
        view.action() == null ? null : view.action().wireName(),
        view.methods().stream().map(FactorMethod::wireName).toList(),
        view.expiresAt(),
        passkey);
  }

  public static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
