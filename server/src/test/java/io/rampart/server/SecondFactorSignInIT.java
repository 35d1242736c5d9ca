package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.notification.NoticeKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sign-in with a second factor over HTTP. */
class SecondFactorSignInIT extends MfaTestSupport {

  @Nested
  class Challenge {
    @Test
    void aPasswordSignInOfAnAccountWithAnAppAnswers202WithTheChallengeAndNoSession() {
      AppAccount account = accountWithApp();

      ApiClient.Reply reply = signIn(account.email(), PASSWORD);

      assertThat(reply.status()).isEqualTo(202);
      assertThat(reply.json().path("challengeId").asString()).isNotBlank();
      assertThat(reply.json().path("methods").toString()).isEqualTo("[\"totp\",\"recovery-code\"]");
      assertThat(reply.setCookie("rampart_session")).isNull();
      assertThat(reply.json().has("token")).isFalse();
    }

    @Test
    void theAppCodeCompletesItWith201TheSessionAndItsCookies() {
      AppAccount account = accountWithApp();
      String challengeId = challenged(account.email()).json().path("challengeId").asString();

      ApiClient.Reply reply = proveTotp(challengeId, nextCode(account));

      assertThat(reply.status()).as(reply.body()).isEqualTo(201);
      assertThat(reply.setCookie("rampart_session")).contains("HttpOnly", "SameSite=Strict");
      assertThat(
              api.get("/api/v1/account")
                  .bearer(reply.json().path("token").asString())
                  .send()
                  .json()
                  .path("security")
                  .path("secondFactor")
                  .asBoolean())
          .isTrue();
    }

    @Test
    void answersWrongExpiredUnknownAndMalformedChallengesWithTheirCodes() {
      AppAccount account = accountWithApp();
      String challengeId = challenged(account.email()).json().path("challengeId").asString();
      String code = nextCode(account);
      String wrong = code.equals("000000") ? "000001" : "000000";

      ApiClient.Reply wrongCode = proveTotp(challengeId, wrong);
      ApiClient.Reply notOffered = prove(challengeId, Map.of("method", "email", "code", "123456"));
      ApiClient.Reply unknownMethod = prove(challengeId, Map.of("method", "sms", "code", "1"));
      ApiClient.Reply unknown = proveTotp(UUID.randomUUID().toString(), code);
      ApiClient.Reply malformed = proveTotp("not-a-uuid", code);
      clock.advance(Duration.ofMinutes(10));
      ApiClient.Reply expired = proveTotp(challengeId, code);

      assertThat(wrongCode.status()).isEqualTo(401);
      assertThat(wrongCode.code()).isEqualTo("AUTH_MFA_PROOF_INVALID");
      assertThat(notOffered.code()).isEqualTo("AUTH_MFA_METHOD_NOT_OFFERED");
      assertThat(unknownMethod.code()).isEqualTo("REQ_INVALID_FIELD");
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.code()).isEqualTo("AUTH_MFA_CHALLENGE_NOT_FOUND");
      assertThat(malformed.code()).isEqualTo("REQ_INVALID_PARAMETER");
      assertThat(expired.status()).isEqualTo(400);
      assertThat(expired.code()).isEqualTo("AUTH_MFA_CHALLENGE_EXPIRED");
    }

    @Test
    void theFifthWrongProofVoidsTheChallenge() {
      AppAccount account = accountWithApp();
      String challengeId = challenged(account.email()).json().path("challengeId").asString();
      String code = nextCode(account);
      String wrong = code.equals("000000") ? "000001" : "000000";
      for (int i = 0; i < 4; i++) {
        assertThat(proveTotp(challengeId, wrong).code()).isEqualTo("AUTH_MFA_PROOF_INVALID");
      }

      ApiClient.Reply fifth = proveTotp(challengeId, wrong);
      ApiClient.Reply afterwards = proveTotp(challengeId, code);

      assertThat(fifth.status()).isEqualTo(403);
      assertThat(fifth.code()).isEqualTo("AUTH_MFA_CHALLENGE_VOID");
      assertThat(afterwards.code()).isEqualTo("AUTH_MFA_CHALLENGE_VOID");
    }
  }

  @Nested
  class Replay {
    @Test
    void ofTwoConcurrentSignInsWithOneCodeExactlyOneGetsASession() throws Exception {
      AppAccount account = accountWithApp();
      String first = challenged(account.email()).json().path("challengeId").asString();
      String second = challenged(account.email()).json().path("challengeId").asString();
      String code = nextCode(account);

      List<ApiClient.Reply> replies =
          inParallel(List.of(() -> proveTotp(first, code), () -> proveTotp(second, code)));

      assertThat(replies).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(201, 401);
      assertThat(replies)
          .filteredOn(r -> r.status() == 401)
          .singleElement()
          .satisfies(r -> assertThat(r.code()).isEqualTo("AUTH_MFA_PROOF_INVALID"));
    }
  }

  @Nested
  class Throttling {
    @Test
    void tooManyWrongProofsAnHourAnswer429WithRetryAfterButRecoveryCodesStillWork() {
      AppAccount account = accountWithApp();
      String code = nextCode(account);
      String wrong = code.equals("000000") ? "000001" : "000000";
      for (int i = 0; i < 10; i++) {
        String challengeId = challenged(account.email()).json().path("challengeId").asString();
        assertThat(proveTotp(challengeId, wrong).status()).isEqualTo(401);
      }
      String challengeId = challenged(account.email()).json().path("challengeId").asString();

      ApiClient.Reply throttled = proveTotp(challengeId, code);
      ApiClient.Reply recovered =
          prove(
              challengeId,
              Map.of("method", "recovery-code", "code", account.recoveryCodes().getFirst()));

      assertThat(throttled.status()).isEqualTo(429);
      assertThat(throttled.code()).isEqualTo("AUTH_MFA_THROTTLED");
      assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 3600L);
      assertThat(recovered.status()).as(recovered.body()).isEqualTo(201);
      var security =
          api.get("/api/v1/account")
              .bearer(recovered.json().path("token").asString())
              .send()
              .json()
              .path("security");
      assertThat(security.path("withdrawalLockReason").asString()).isEqualTo("recovery-code-use");
      assertThat(outboxTo(account.email()))
          .anySatisfy(m -> assertThat(m.kind()).isEqualTo(NoticeKind.RECOVERY_CODE_USED));
    }

    @Test
    void wrongProofsAtSignInDoNotKeepTheSignedInOwnerFromSteppingUp() {
      AppAccount account = accountWithApp();
      String token = signedInWithApp(account);
      String wrong = "000000".equals(nextCode(account)) ? "000001" : "000000";
      for (int i = 0; i < 10; i++) {
        String challengeId = challenged(account.email()).json().path("challengeId").asString();
        assertThat(proveTotp(challengeId, wrong).status()).isEqualTo(401);
      }
      String challengeId = challenged(account.email()).json().path("challengeId").asString();
      assertThat(proveTotp(challengeId, wrong).status())
          .as("the password holder's budget is used up")
          .isEqualTo(429);

      stepUpByApp(token, account, "withdraw");
    }
  }

  @Nested
  class TrustedDevices {
    @Test
    void aTrustedDeviceSignsInWithoutTheFactorUntilAPasswordChangeRevokesIt() {
      AppAccount account = accountWithApp();
      ApiClient.Reply trusted = signInTrusting(account);
      assertThat(trusted.json().path("trustedUntil").asString())
          .isEqualTo(clock.instant().plus(Duration.ofDays(30)).toString());
      String device = trusted.json().path("deviceToken").asString();
      String token = trusted.json().path("token").asString();

      ApiClient.Reply again = signInFrom(account.email(), device);
      assertThat(again.status()).as(again.body()).isEqualTo(201);
      assertThat(
              api.get("/api/v1/account/trusted-devices")
                  .bearer(token)
                  .header("X-Rampart-Device", device)
                  .send()
                  .json()
                  .path("devices")
                  .get(0)
                  .path("current")
                  .asBoolean())
          .isTrue();

      stepUpByApp(token, account, "change-password");
      ApiClient.Reply changed =
          api.put("/api/v1/account/password")
              .bearer(token)
              .json(
                  Map.of("currentPassword", PASSWORD, "newPassword", "Saffron-Meadow-Compass-3141"))
              .send();
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);

      ApiClient.Reply afterChange =
          api.post("/api/v1/sessions")
              .header("X-Rampart-Device", device)
              .json(Map.of("email", account.email(), "password", "Saffron-Meadow-Compass-3141"))
              .send();
      assertThat(afterChange.status()).isEqualTo(202);
      assertThat(
              api.get("/api/v1/account/trusted-devices")
                  .bearer(token)
                  .send()
                  .json()
                  .path("devices"))
          .isEmpty();
    }

    @Test
    void newRecoveryCodesRevokeEveryTrustedDevice() {
      AppAccount account = accountWithApp();
      ApiClient.Reply trusted = signInTrusting(account);
      String device = trusted.json().path("deviceToken").asString();
      String token = trusted.json().path("token").asString();
      stepUpByApp(token, account, "add-factor");

      ApiClient.Reply replaced =
          api.post("/api/v1/account/mfa/recovery-codes").bearer(token).send();

      assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
      assertThat(signInFrom(account.email(), device).status()).isEqualTo(202);
    }

    @Test
    void usingARecoveryCodeRevokesEveryTrustedDevice() {
      AppAccount account = accountWithApp();
      String device = signInTrusting(account).json().path("deviceToken").asString();
      String challengeId = challenged(account.email()).json().path("challengeId").asString();

      ApiClient.Reply recovered =
          prove(
              challengeId,
              Map.of("method", "recovery-code", "code", account.recoveryCodes().getFirst()));

      assertThat(recovered.status()).as(recovered.body()).isEqualTo(201);
      assertThat(signInFrom(account.email(), device).status()).isEqualTo(202);
    }

    @Test
    void aSignInWithARecoveryCodeCannotTrustItsDevice() {
      AppAccount account = accountWithApp();
      String challengeId = challenged(account.email()).json().path("challengeId").asString();

      ApiClient.Reply refused =
          prove(
              challengeId,
              Map.of(
                  "method",
                  "recovery-code",
                  "code",
                  account.recoveryCodes().getFirst(),
                  "trustDevice",
                  true));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.code()).isEqualTo("AUTH_MFA_TRUST_NOT_ALLOWED");
      assertThat(
              prove(
                      challengeId,
                      Map.of("method", "recovery-code", "code", account.recoveryCodes().getFirst()))
                  .status())
          .isEqualTo(201);
    }

    /** Signs in with password and app code, trusting the device; expects it trusted. */
    private ApiClient.Reply signInTrusting(AppAccount account) {
      String challengeId = challenged(account.email()).json().path("challengeId").asString();
      ApiClient.Reply trusted =
          prove(
              challengeId,
              Map.of("method", "totp", "code", nextCode(account), "trustDevice", true));
      assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);
      assertThat(trusted.json().path("trustedUntil").asString()).isNotBlank();
      return trusted;
    }

    @Test
    void theOwnerRevokesOneDevice() {
      AppAccount account = accountWithApp();
      ApiClient.Reply trusted = signInTrusting(account);
      String token = trusted.json().path("token").asString();
      String id =
          api.get("/api/v1/account/trusted-devices")
              .bearer(token)
              .send()
              .json()
              .path("devices")
              .get(0)
              .path("id")
              .asString();

      assertThat(api.delete("/api/v1/account/trusted-devices/" + id).bearer(token).send().status())
          .isEqualTo(204);
      assertThat(api.delete("/api/v1/account/trusted-devices/" + id).bearer(token).send().code())
          .isEqualTo("AUTH_TRUSTED_DEVICE_NOT_FOUND");
      assertThat(
              signInFrom(account.email(), trusted.json().path("deviceToken").asString()).status())
          .isEqualTo(202);
    }
  }

  private ApiClient.Reply signInFrom(String email, String device) {
    return api.post("/api/v1/sessions")
        .header("X-Rampart-Device", device)
        .json(Map.of("email", email, "password", PASSWORD))
        .send();
  }

  private static List<ApiClient.Reply> inParallel(List<Callable<ApiClient.Reply>> calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<ApiClient.Reply>> futures = pool.invokeAll(calls);
      List<ApiClient.Reply> replies = new java.util.ArrayList<>();
      for (Future<ApiClient.Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
