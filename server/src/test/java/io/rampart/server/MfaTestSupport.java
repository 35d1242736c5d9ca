package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.TotpTestCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Second-factor steps over HTTP, for the MFA integration tests. */
abstract class MfaTestSupport extends ServerTestBase {

  /** An account with a confirmed authenticator app: its address, app secret and recovery codes. */
  record AppAccount(String email, String secret, List<String> recoveryCodes) {}

  AppAccount accountWithApp() {
    String email = verifiedAccount();
    String token = signedIn(email).token();
    stepUpByEmail(token, email, "add-factor");
    ApiClient.Reply enrolment = api.post("/api/v1/account/mfa/totp").bearer(token).send();
    assertThat(enrolment.status()).as(enrolment.body()).isEqualTo(201);
    String secret = enrolment.json().path("secret").asString();
    ApiClient.Reply confirmed =
        api.post("/api/v1/account/mfa/totp/confirm")
            .bearer(token)
            .json(Map.of("code", TotpTestCodes.code(secret, clock.instant())))
            .send();
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    confirmed.json().path("recoveryCodes").forEach(c -> codes.add(c.asString()));
    return new AppAccount(email, secret, codes);
  }

  /** The app's code for the next time step (the clock moves on, as a person waits for it). */
  String nextCode(AppAccount account) {
    clock.advance(Duration.ofSeconds(30));
    return TotpTestCodes.code(account.secret(), clock.instant());
  }

  /** Signs in with the password; expects and returns the 202 challenge. */
  ApiClient.Reply challenged(String email) {
    ApiClient.Reply reply = signIn(email, PASSWORD);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    return reply;
  }

  ApiClient.Reply prove(String challengeId, Map<String, Object> proof) {
    return api.post("/api/v1/sessions/challenges/" + challengeId).json(proof).send();
  }

  ApiClient.Reply proveTotp(String challengeId, String code) {
    return prove(challengeId, Map.of("method", "totp", "code", code));
  }

  /** Signs in with password and app code; returns the session token. */
  String signedInWithApp(AppAccount account) {
    String challengeId = challenged(account.email()).json().path("challengeId").asString();
    ApiClient.Reply reply = proveTotp(challengeId, nextCode(account));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("token").asString();
  }

  /** Elevates the session for {@code action} with an app code. */
  void stepUpByApp(String token, AppAccount account, String action) {
    ApiClient.Reply started =
        api.post("/api/v1/step-up").bearer(token).json(Map.of("action", action)).send();
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    ApiClient.Reply elevated =
        api.post("/api/v1/step-up/" + started.json().path("challengeId").asString())
            .bearer(token)
            .json(Map.of("method", "totp", "code", nextCode(account)))
            .send();
    assertThat(elevated.status()).as(elevated.body()).isEqualTo(200);
  }
}
