package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.SoftwareAuthenticator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Step-up per action and passkeys over HTTP. */
class StepUpIT extends MfaTestSupport {
  private static final String NEW_PASSWORD = "Saffron-Meadow-Compass-3141";

  private ApiClient.Reply changePassword(String token) {
    return api.put("/api/v1/account/password")
        .bearer(token)
        .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
        .send();
  }

  @Nested
  class ProtectedEndpoints {
    @Test
    void answer401StepUpRequiredWithTheChallengeAndAnEmailedCode() {
      String email = verifiedAccount();
      String token = signedIn(email).token();

      ApiClient.Reply reply = changePassword(token);

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
      JsonNode challenge = reply.json().path("challenge");
      assertThat(challenge.path("action").asString()).isEqualTo("change-password");
      assertThat(challenge.path("methods").toString()).isEqualTo("[\"email\"]");

      ApiClient.Reply elevated =
          api.post("/api/v1/step-up/" + challenge.path("challengeId").asString())
              .bearer(token)
              .json(Map.of("method", "email", "code", emailedCode(email)))
              .send();
      assertThat(elevated.status()).as(elevated.body()).isEqualTo(200);
      assertThat(elevated.json().path("elevatedUntil").asString())
          .isEqualTo(clock.instant().plus(Duration.ofMinutes(5)).toString());
      assertThat(changePassword(token).status()).isEqualTo(200);
    }

    @Test
    void anElevationEndsAfterFiveMinutesAndCoversNoOtherAction() {
      String email = verifiedAccount();
      String token = signedIn(email).token();
      stepUpByEmail(token, email, "change-password");

      ApiClient.Reply otherAction = api.post("/api/v1/account/mfa/totp").bearer(token).send();
      clock.advance(Duration.ofMinutes(5));
      ApiClient.Reply expired = changePassword(token);

      assertThat(otherAction.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
      assertThat(expired.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
    }

    @Test
    void anAppSetUpIsConfirmedOnlyWhileTheElevationLastsAndOnlyByItsSession() {
      String email = verifiedAccount();
      String token = signedIn(email).token();
      String other = signedIn(email).token();
      stepUpByEmail(token, email, "add-factor");
      String secret =
          api.post("/api/v1/account/mfa/totp")
              .bearer(token)
              .send()
              .json()
              .path("secret")
              .asString();
      stepUpByEmail(other, email, "add-factor");

      ApiClient.Reply fromOther = confirmTotp(other, secret);
      clock.advance(Duration.ofMinutes(5));
      ApiClient.Reply late = confirmTotp(token, secret);

      assertThat(fromOther.code()).isEqualTo("AUTH_MFA_NO_PENDING_ENROLMENT");
      assertThat(late.status()).isEqualTo(401);
      assertThat(late.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
      assertThat(late.json().path("challenge").path("action").asString()).isEqualTo("add-factor");
      stepUpByEmail(token, email, "add-factor");
      assertThat(confirmTotp(token, secret).status()).isEqualTo(200);
    }

    private ApiClient.Reply confirmTotp(String token, String secret) {
      return api.post("/api/v1/account/mfa/totp/confirm")
          .bearer(token)
          .json(Map.of("code", io.rampart.identity.TotpTestCodes.code(secret, clock.instant())))
          .send();
    }

    @Test
    void anAccountWithAnAppMustUseTheAppNotItsMailbox() {
      AppAccount account = accountWithApp();
      String token = signedInWithApp(account);

      ApiClient.Reply started =
          api.post("/api/v1/step-up").bearer(token).json(Map.of("action", "withdraw")).send();

      assertThat(started.status()).isEqualTo(202);
      assertThat(started.json().path("methods").toString())
          .isEqualTo("[\"totp\",\"recovery-code\"]");
    }

    @Test
    void refusesAnUnknownActionAndAnActionNeedingAnAppTheAccountLacks() {
      String token = signedIn(verifiedAccount()).token();

      ApiClient.Reply unknown =
          api.post("/api/v1/step-up").bearer(token).json(Map.of("action", "launch")).send();
      ApiClient.Reply withdraw =
          api.post("/api/v1/step-up").bearer(token).json(Map.of("action", "withdraw")).send();
      ApiClient.Reply anonymous =
          api.post("/api/v1/step-up").json(Map.of("action", "withdraw")).send();

      assertThat(unknown.code()).isEqualTo("REQ_INVALID_FIELD");
      assertThat(withdraw.status()).isEqualTo(403);
      assertThat(withdraw.code()).isEqualTo("AUTH_MFA_ENROLMENT_REQUIRED");
      assertThat(anonymous.code()).isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void publishesTheActionCatalogue() {
      String token = signedIn(verifiedAccount()).token();

      JsonNode actions =
          api.get("/api/v1/step-up/actions").bearer(token).send().json().path("actions");

      assertThat(actions.toString())
          .contains(
              "{\"action\":\"withdraw\",\"risk\":\"critical\",\"assurance\":\"authenticator\"}",
              "{\"action\":\"view-account\",\"risk\":\"low\",\"assurance\":\"session\"}");
    }
  }

  @Nested
  class Passkeys {
    private final String origin = PUBLIC_BASE_URL;
    private final String rpId = "rampart.test";

    @Test
    void registerSeveralThenSignInWithOneAlone() {
      String email = verifiedAccount();
      String token = signedIn(email).token();
      stepUpByEmail(token, email, "add-factor");
      SoftwareAuthenticator laptop = register(token, "Laptop");
      register(token, "Phone");

      JsonNode factors = api.get("/api/v1/account/mfa").bearer(token).send().json();
      assertThat(factors.path("passkeys").findValuesAsString("name"))
          .containsExactlyInAnyOrder("Laptop", "Phone");

      ApiClient.Reply options = api.post("/api/v1/sessions/passkey/challenges").send();
      JsonNode publicKey = options.json().path("passkey");
      assertThat(publicKey.path("userVerification").asString()).isEqualTo("required");
      ApiClient.Reply signedIn =
          api.post(
                  "/api/v1/sessions/passkey/challenges/"
                      + options.json().path("challengeId").asString())
              .json(
                  "{\"credential\":"
                      + laptop.assertion(rpId, decode(publicKey.path("challenge").asString()))
                      + "}")
              .send();

      assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
      assertThat(signedIn.setCookie("rampart_session")).isNotNull();
    }

    @Test
    void aPasskeyIsRegisteredOnlyWhileTheElevationLasts() {
      String email = verifiedAccount();
      String token = signedIn(email).token();
      stepUpByEmail(token, email, "add-factor");
      Created created = create(token);
      clock.advance(Duration.ofMinutes(5));

      ApiClient.Reply late = submit(token, created, "Late");

      assertThat(late.status()).isEqualTo(401);
      assertThat(late.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
      assertThat(api.get("/api/v1/account/mfa").bearer(token).send().json().path("passkeys"))
          .isEmpty();
    }

    @Test
    void renameAndRemoveWithAProofOfAPasskey() {
      String email = verifiedAccount();
      String token = signedIn(email).token();
      stepUpByEmail(token, email, "add-factor");
      SoftwareAuthenticator laptop = register(token, "Laptop");
      String id = laptop.credentialId();

      assertThat(
              api.put("/api/v1/account/mfa/passkeys/" + id + "/name")
                  .bearer(token)
                  .json(Map.of("name", "Old laptop"))
                  .send()
                  .status())
          .isEqualTo(204);
      ApiClient.Reply needsProof =
          api.delete("/api/v1/account/mfa/passkeys/" + id).bearer(token).send();
      assertThat(needsProof.code()).isEqualTo("AUTH_STEP_UP_REQUIRED");
      JsonNode challenge = needsProof.json().path("challenge");
      assertThat(challenge.path("methods").toString()).isEqualTo("[\"passkey\",\"recovery-code\"]");
      String assertion =
          laptop.assertion(rpId, decode(challenge.path("passkey").path("challenge").asString()));
      ApiClient.Reply elevated =
          api.post("/api/v1/step-up/" + challenge.path("challengeId").asString())
              .bearer(token)
              .json("{\"method\":\"passkey\",\"credential\":" + assertion + "}")
              .send();
      assertThat(elevated.status()).as(elevated.body()).isEqualTo(200);

      assertThat(api.delete("/api/v1/account/mfa/passkeys/" + id).bearer(token).send().status())
          .isEqualTo(204);
      JsonNode security = api.get("/api/v1/account").bearer(token).send().json().path("security");
      assertThat(security.path("secondFactor").asBoolean()).isFalse();
      assertThat(security.path("withdrawalLockReason").asString()).isEqualTo("factor-removal");
      assertThat(security.path("withdrawalsLockedUntil").asString())
          .isEqualTo(clock.instant().plus(Duration.ofHours(24)).toString());
    }

    private SoftwareAuthenticator register(String token, String name) {
      Created created = create(token);
      ApiClient.Reply registered = submit(token, created, name);
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
      return created.authenticator();
    }

    /** A passkey the authenticator created for a registration the session started. */
    private record Created(
        SoftwareAuthenticator authenticator, String challengeId, String credential) {}

    private Created create(String token) {
      ApiClient.Reply options =
          api.post("/api/v1/account/mfa/passkeys/options").bearer(token).send();
      assertThat(options.status()).as(options.body()).isEqualTo(200);
      JsonNode publicKey = options.json().path("publicKey");
      assertThat(publicKey.path("rp").path("id").asString()).isEqualTo(rpId);
      SoftwareAuthenticator authenticator = new SoftwareAuthenticator(origin);
      String credential =
          authenticator.register(
              rpId,
              decode(publicKey.path("challenge").asString()),
              decode(publicKey.path("user").path("id").asString()));
      return new Created(authenticator, options.json().path("challengeId").asString(), credential);
    }

    private ApiClient.Reply submit(String token, Created created, String name) {
      return api.post("/api/v1/account/mfa/passkeys")
          .bearer(token)
          .json(
              "{\"challengeId\":\""
                  + created.challengeId()
                  + "\",\"name\":\""
                  + name
                  + "\",\"credential\":"
                  + created.credential()
                  + "}")
          .send();
    }

    private static byte[] decode(String base64url) {
      return java.util.Base64.getUrlDecoder().decode(base64url);
    }
  }
}
