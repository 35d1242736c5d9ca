package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.Account;
import io.rampart.identity.AccountRepository;
import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.PasswordHasher;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInIT extends ServerTestBase {
  @Autowired AccountRepository accounts;

  @Nested
  class SignedIn {
    @Test
    void answersWithASessionAndSetsStrictCookies() {
      String email = verifiedAccount();

      ApiClient.Reply reply = signIn(email, PASSWORD);

      assertThat(reply.status()).isEqualTo(201);
      var body = reply.json();
      assertThat(body.path("sessionId").asString()).isNotBlank();
      assertThat(body.path("token").asString()).hasSizeGreaterThanOrEqualTo(43);
      assertThat(body.path("deviceToken").asString()).isNotBlank();
      Instant now = clock.instant();
      assertThat(Instant.parse(body.path("expiresAt").asString()))
          .isEqualTo(now.plus(Duration.ofHours(12)));
      assertThat(Instant.parse(body.path("idleExpiresAt").asString()))
          .isEqualTo(now.plus(Duration.ofMinutes(15)));

      String session = reply.setCookie("rampart_session");
      assertThat(session)
          .startsWith("rampart_session=" + body.path("token").asString() + ";")
          .contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict", "Max-Age=43200");
      assertThat(reply.setCookie("rampart_device"))
          .startsWith("rampart_device=" + body.path("deviceToken").asString() + ";")
          .contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void storesAHashUnderTheCurrentArgon2ParametersWhenTheStoredOneIsOlder() {
      String email = verifiedAccount();
      Account account = accounts.findByEmail(EmailAddress.parse(email).orElseThrow()).orElseThrow();
      String older =
          PasswordHasher.argon2id(new IdentitySettings.Argon2Parameters(2048, 2, 1))
              .hash(PASSWORD.toCharArray());
      accounts.rehashPassword(account.id(), older);
      var argon2 = properties.password().argon2();
      String current =
          "$argon2id$v=19$m=%d,t=%d,p=%d$"
              .formatted(argon2.memoryKib(), argon2.iterations(), argon2.parallelism());

      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);

      String stored = accounts.findById(account.id()).orElseThrow().passwordHash();
      assertThat(older).startsWith("$argon2id$v=19$m=2048,t=2,p=1$");
      assertThat(stored).startsWith(current).isNotEqualTo(older);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);
      assertThat(accounts.findById(account.id()).orElseThrow().passwordHash()).isEqualTo(stored);
    }

    @Test
    void tellsTheOwnerAboutASignInFromANewDeviceOnce() {
      String email = verifiedAccount();
      signedIn(email);
      signedIn(email);

      assertThat(outboxTo(email))
          .filteredOn(m -> m.kind() == NoticeKind.NEW_SIGN_IN)
          .hasSize(1)
          .allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING));
    }
  }

  @Nested
  class Refused {
    @Test
    void answersUnknownAddressAndWrongPasswordIdentically() {
      String email = verifiedAccount();

      ApiClient.Reply wrongPassword = signIn(email, "Not-The-Right-Passphrase-11");
      ApiClient.Reply unknownAddress = signIn(freshEmail(), "Not-The-Right-Passphrase-11");

      assertThat(wrongPassword.status()).isEqualTo(401);
      assertThat(unknownAddress.status()).isEqualTo(401);
      assertThat(wrongPassword.code()).isEqualTo("AUTH_INVALID_CREDENTIALS");
      assertThat(unknownAddress.body()).isEqualTo(wrongPassword.body());
      assertThat(unknownAddress.contentType()).isEqualTo(wrongPassword.contentType());
    }

    @Test
    void tellsAboutAnUnverifiedAddressOnlyAfterTheRightPassword() {
      String email = freshEmail();
      register(email, PASSWORD);

      ApiClient.Reply wrong = signIn(email, "Not-The-Right-Passphrase-11");
      ApiClient.Reply right = signIn(email, PASSWORD);

      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.code()).isEqualTo("AUTH_INVALID_CREDENTIALS");
      assertThat(right.status()).isEqualTo(403);
      assertThat(right.code()).isEqualTo("AUTH_EMAIL_NOT_VERIFIED");
    }
  }

  @Nested
  class Throttled {
    private void failSixTimes(String email) {
      for (int i = 0; i < 6; i++) {
        assertThat(signIn(email, "Not-The-Right-Passphrase-11").status()).isEqualTo(401);
      }
    }

    @Test
    void refusesWithRetryAfterOnceTheFreeFailuresAreUsedUp() {
      String email = verifiedAccount();
      failSixTimes(email);

      ApiClient.Reply reply = signIn(email, PASSWORD);

      assertThat(reply.status()).isEqualTo(429);
      assertThat(reply.code()).isEqualTo("AUTH_THROTTLED");
      assertThat(reply.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void letsTheOwnerInAgainOnceTheDelayHasPassed() {
      String email = verifiedAccount();
      failSixTimes(email);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(429);

      clock.advance(Duration.ofSeconds(2));

      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void letsTheOwnerInFromADeviceThatSignedInBeforeWhileTheAccountIsThrottled() {
      String email = verifiedAccount();
      String deviceToken = signedIn(email).deviceToken();
      failSixTimes(email);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(429);

      ApiClient.Reply fromKnownDevice =
          api.post("/api/v1/sessions")
              .header("X-Rampart-Device", deviceToken)
              .json(Map.of("email", email, "password", PASSWORD))
              .send();
      ApiClient.Reply fromKnownDeviceCookie =
          api.post("/api/v1/sessions")
              .header("Cookie", "rampart_device=" + deviceToken)
              .json(Map.of("email", email, "password", PASSWORD))
              .send();

      assertThat(fromKnownDevice.status()).isEqualTo(201);
      assertThat(fromKnownDeviceCookie.status()).isEqualTo(201);
    }
  }
}
