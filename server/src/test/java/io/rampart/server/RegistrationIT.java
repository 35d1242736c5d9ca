package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistrationIT extends ServerTestBase {

  @Nested
  class Register {
    @Test
    void answersTheSameForAFreshAndATakenAddress() {
      String email = freshEmail();
      ApiClient.Reply fresh = register(email, PASSWORD);
      ApiClient.Reply taken = register(email, "Another-Quite-Long-Passphrase-88");

      assertThat(fresh.status()).isEqualTo(202);
      assertThat(taken.status()).isEqualTo(202);
      assertThat(taken.body()).isEqualTo(fresh.body());
      assertThat(fresh.json().path("status").asString()).isEqualTo("accepted");
    }

    @Test
    void mailsAVerificationLinkToAFreshAddressAndANoticeToATakenOne() {
      String email = freshEmail();
      register(email, PASSWORD);
      clock.advance(Duration.ofSeconds(1));
      register(email, PASSWORD);
      verify(verificationToken(email));
      clock.advance(Duration.ofSeconds(1));
      register(email, PASSWORD);

      assertThat(outboxTo(email))
          .extracting(OutboxMessage::kind)
          .containsExactly(
              NoticeKind.REGISTRATION_ATTEMPT,
              NoticeKind.REGISTRATION_PENDING,
              NoticeKind.EMAIL_VERIFICATION);
      assertThat(outboxTo(email))
          .allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING));
    }

    @Test
    void letsTheOwnerRegisterASquattedAddressOnceItsLinkExpired() {
      String email = freshEmail();
      String squatterPassword = "Squatter-Picked-This-Passphrase-61";
      register(email, squatterPassword);
      String expired = verificationToken(email);
      clock.advance(properties.verificationTtl().plusSeconds(1));

      ApiClient.Reply again = register(email, PASSWORD);

      assertThat(again.status()).isEqualTo(202);
      String fresh = verificationToken(email);
      assertThat(fresh).isNotEqualTo(expired);
      assertThat(verify(fresh).status()).isEqualTo(200);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);
      assertThat(signIn(email, squatterPassword).status()).isEqualTo(401);
    }

    @Test
    void putsThePublicBaseUrlInTheVerificationLink() {
      String email = freshEmail();
      register(email, PASSWORD);

      assertThat(outboxTo(email).getFirst().body())
          .contains(PUBLIC_BASE_URL + "/verify-email?token=");
    }

    @Test
    void refusesAPasswordThatBreaksThePolicyAndWritesNothing() {
      Writes before = writes();

      ApiClient.Reply reply = register(freshEmail(), "short");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("AUTH_PASSWORD_TOO_SHORT");
      assertThat(writes()).isEqualTo(before);
    }

    @Test
    void refusesAPasswordWithAnUnpairedSurrogateAndWritesNothing() {
      Writes before = writes();

      ApiClient.Reply reply =
          api.post("/api/v1/accounts")
              .json(
                  "{\"email\": \""
                      + freshEmail()
                      + "\", \"password\": \"Tangerine-Harbour-Lantern-47\\ud800\"}")
              .send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("AUTH_PASSWORD_INVALID_CHARACTERS");
      assertThat(writes()).isEqualTo(before);
    }

    @Test
    void refusesACommonPassword() {
      ApiClient.Reply reply = register(freshEmail(), "password1234");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isIn("AUTH_PASSWORD_COMMON", "AUTH_PASSWORD_WEAK");
    }
  }

  @Nested
  class VerifyEmail {
    @Test
    void verifiesOnceWithTheTokenFromTheMail() {
      String email = freshEmail();
      register(email, PASSWORD);
      String token = verificationToken(email);

      ApiClient.Reply first = verify(token);
      ApiClient.Reply second = verify(token);

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.json().path("emailVerified").asBoolean()).isTrue();
      assertThat(first.json().path("accountId").asString()).isNotBlank();
      assertThat(second.status()).isEqualTo(400);
      assertThat(second.code()).isEqualTo("AUTH_VERIFICATION_TOKEN_INVALID");
    }

    @Test
    void refusesATokenPastItsLifetime() {
      String email = freshEmail();
      register(email, PASSWORD);
      String token = verificationToken(email);

      clock.advance(Duration.ofHours(24).plusSeconds(1));
      ApiClient.Reply reply = verify(token);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("AUTH_VERIFICATION_TOKEN_EXPIRED");
    }

    @Test
    void refusesAnUnknownToken() {
      ApiClient.Reply reply = verify("not-a-token-anyone-was-given");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("AUTH_VERIFICATION_TOKEN_INVALID");
    }
  }

  @Nested
  class VerificationPage {
    @Test
    void showsAButtonWithoutVerifyingWhenTheLinkIsOpened() {
      String email = freshEmail();
      register(email, PASSWORD);
      String token = verificationToken(email);

      ApiClient.Reply page = api.get("/verify-email?token=" + token).send();

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<form method=\"post\" action=\"/verify-email\">");
      assertThat(signIn(email, PASSWORD).code()).isEqualTo("AUTH_EMAIL_NOT_VERIFIED");
    }

    @Test
    void verifiesWhenTheFormIsPosted() {
      String email = freshEmail();
      register(email, PASSWORD);
      String token = verificationToken(email);

      ApiClient.Reply result =
          api.post("/verify-email")
              .body("application/x-www-form-urlencoded", "token=" + token)
              .send();

      assertThat(result.status()).isEqualTo(200);
      assertThat(result.body()).contains("verified");
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void escapesTheTokenItEchoes() {
      ApiClient.Reply page = api.get("/verify-email?token=%22%3E%3Cscript%3Ex%3C/script%3E").send();

      assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
  }
}
