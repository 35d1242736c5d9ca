package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionsIT extends ServerTestBase {

  private ApiClient.Reply listWith(String token) {
    return api.get("/api/v1/sessions").bearer(token).send();
  }

  @Nested
  class ListSessions {
    @Test
    void listsTheCallersSessionsWithTheCurrentOneFlagged() {
      String email = verifiedAccount();
      SignedIn first = signedIn(email);
      clock.advance(Duration.ofSeconds(1));
      SignedIn second = signedIn(email);

      ApiClient.Reply reply = listWith(second.token());

      assertThat(reply.status()).isEqualTo(200);
      JsonNode sessions = reply.json().path("sessions");
      assertThat(sessions.size()).isEqualTo(2);
      assertThat(sessions.get(0).path("id").asString()).isEqualTo(second.sessionId());
      assertThat(sessions.get(0).path("current").asBoolean()).isTrue();
      assertThat(sessions.get(1).path("id").asString()).isEqualTo(first.sessionId());
      assertThat(sessions.get(1).path("current").asBoolean()).isFalse();
      assertThat(sessions.get(0).path("ipAddress").asString()).isEqualTo("127.0.0.1");
      assertThat(sessions.get(0).path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void acceptsTheSessionCookie() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.get("/api/v1/sessions").header("Cookie", "rampart_session=" + session.token()).send();

      assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refusesARequestWithoutAToken() {
      ApiClient.Reply reply = api.get("/api/v1/sessions").send();

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.code()).isEqualTo("AUTH_UNAUTHENTICATED");
      assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesAnUnknownToken() {
      ApiClient.Reply reply = listWith("no-such-token-was-ever-issued-by-rampart");

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.code()).isEqualTo("AUTH_UNAUTHENTICATED");
    }
  }

  @Nested
  class ShowSession {
    @Test
    void showsTheSessionTheSignInsLocationNames() {
      String email = verifiedAccount();
      ApiClient.Reply signIn = signIn(email, PASSWORD);
      String location = signIn.header("Location");
      String token = signIn.json().path("token").asString();

      ApiClient.Reply reply = api.get(location).bearer(token).send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("id").asString())
          .isEqualTo(signIn.json().path("sessionId").asString());
      assertThat(reply.json().path("current").asBoolean()).isTrue();
      assertThat(reply.json().path("expiresAt").asString()).endsWith("Z");
    }

    @Test
    void answersSomeoneElsesSessionLikeAnUnknownOne() {
      SignedIn theirs = signedIn(verifiedAccount());
      SignedIn mine = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.get("/api/v1/sessions/" + theirs.sessionId()).bearer(mine.token()).send();
      ApiClient.Reply malformed =
          api.get("/api/v1/sessions/not-a-uuid").bearer(mine.token()).send();

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("AUTH_SESSION_NOT_FOUND");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.code()).isEqualTo("REQ_INVALID_PARAMETER");
    }
  }

  @Nested
  class EndSessions {
    @Test
    void endsOneOfTheCallersOtherSessions() {
      String email = verifiedAccount();
      SignedIn first = signedIn(email);
      SignedIn second = signedIn(email);

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/" + first.sessionId()).bearer(second.token()).send();

      assertThat(reply.status()).isEqualTo(204);
      assertThat(listWith(first.token()).code()).isEqualTo("AUTH_SESSION_EXPIRED");
      assertThat(listWith(second.token()).status()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForSomeoneElsesSession() {
      SignedIn mine = signedIn(verifiedAccount());
      SignedIn theirs = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/" + theirs.sessionId()).bearer(mine.token()).send();

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("AUTH_SESSION_NOT_FOUND");
      assertThat(listWith(theirs.token()).status()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForAnUnknownSession() {
      SignedIn mine = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/0190f0c2-0000-7000-8000-000000000000")
              .bearer(mine.token())
              .send();

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("AUTH_SESSION_NOT_FOUND");
    }

    @Test
    void endsEverySessionButTheCurrentOne() {
      String email = verifiedAccount();
      SignedIn first = signedIn(email);
      SignedIn second = signedIn(email);
      SignedIn current = signedIn(email);

      ApiClient.Reply reply = api.delete("/api/v1/sessions").bearer(current.token()).send();

      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.header("X-Rampart-Sessions-Ended")).isEqualTo("2");
      assertThat(listWith(first.token()).status()).isEqualTo(401);
      assertThat(listWith(second.token()).status()).isEqualTo(401);
      assertThat(listWith(current.token()).json().path("sessions").size()).isEqualTo(1);
    }

    @Test
    void signsOutAndClearsTheCookie() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply = api.delete("/api/v1/sessions/current").bearer(session.token()).send();

      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.setCookie("rampart_session")).contains("Max-Age=0");
      assertThat(listWith(session.token()).code()).isEqualTo("AUTH_SESSION_EXPIRED");
    }
  }

  @Nested
  class CookieOrigin {
    @Test
    void refusesACookieAuthenticatedChangeFromAnotherSite() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/current")
              .header("Cookie", "rampart_session=" + session.token())
              .header("Origin", "https://evil.example")
              .send();

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.code()).isEqualTo("AUTH_FORBIDDEN");
      assertThat(listWith(session.token()).status()).isEqualTo(200);
    }

    @Test
    void refusesACookieAuthenticatedChangeWithoutOrigin() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/current")
              .header("Cookie", "rampart_session=" + session.token())
              .send();

      assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void acceptsACookieAuthenticatedChangeFromItsOwnOrigin() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply =
          api.delete("/api/v1/sessions/current")
              .header("Cookie", "rampart_session=" + session.token())
              .header("Origin", PUBLIC_BASE_URL)
              .send();

      assertThat(reply.status()).isEqualTo(204);
    }
  }

  @Nested
  class Expiry {
    @Test
    void endsASessionLeftIdlePastTheIdleTimeout() {
      SignedIn session = signedIn(verifiedAccount());

      clock.advance(Duration.ofMinutes(15).plusSeconds(1));
      ApiClient.Reply reply = listWith(session.token());

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.code()).isEqualTo("AUTH_SESSION_EXPIRED");
    }

    @Test
    void keepsASessionInUseAliveUntilItsLifetimeEnds() {
      SignedIn session = signedIn(verifiedAccount());

      for (int i = 0; i < 59; i++) {
        clock.advance(Duration.ofMinutes(12));
        assertThat(listWith(session.token()).status())
            .as("after %d minutes", 12 * (i + 1))
            .isEqualTo(200);
      }
      clock.advance(Duration.ofMinutes(12));
      ApiClient.Reply reply = listWith(session.token());

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.code()).isEqualTo("AUTH_SESSION_EXPIRED");
    }
  }

  @Nested
  class Account {
    @Test
    void showsTheProfileAndSecurityOverview() {
      String email = verifiedAccount();
      SignedIn session = signedIn(email);
      signedIn(email);

      ApiClient.Reply reply = api.get("/api/v1/account").bearer(session.token()).send();

      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = reply.json();
      assertThat(body.path("email").asString()).isEqualTo(email);
      assertThat(body.path("security").path("emailVerified").asBoolean()).isTrue();
      assertThat(body.path("security").path("activeSessions").asInt()).isEqualTo(2);
      assertThat(body.path("security").path("passwordAgeDays").asLong()).isZero();
    }

    @Test
    void listsTheCallersOwnActivityNewestFirst() {
      String email = verifiedAccount();
      SignedIn session = signedIn(email);

      ApiClient.Reply reply =
          api.get("/api/v1/account/activity?limit=10")
              .bearer(session.token())
              .header("User-Agent", "activity-test")
              .send();

      assertThat(reply.status()).isEqualTo(200);
      JsonNode events = reply.json().path("events");
      assertThat(events.get(0).path("type").asString()).isEqualTo("signin.succeeded");
      assertThat(events.get(0).path("ipAddress").asString()).isEqualTo("127.0.0.1");
      assertThat(events.get(0).path("occurredAt").asString()).endsWith("Z");
      assertThat(events.findValuesAsString("type"))
          .contains("account.registered", "signin.succeeded");
    }

    @Test
    void pagesThroughActivity() {
      String email = verifiedAccount();
      SignedIn session = signedIn(email);

      JsonNode first =
          api.get("/api/v1/account/activity?limit=1").bearer(session.token()).send().json();
      long before = first.path("nextBefore").asLong();
      JsonNode second =
          api.get("/api/v1/account/activity?limit=1&before=" + before)
              .bearer(session.token())
              .send()
              .json();

      assertThat(second.path("events").get(0).path("sequence").asLong()).isLessThan(before);
    }

    @Test
    void changesThePasswordAndEndsEveryOtherSession() {
      String email = verifiedAccount();
      SignedIn other = signedIn(email);
      SignedIn current = signedIn(email);
      String newPassword = "Saffron-Meadow-Compass-3141";
      stepUpByEmail(current.token(), email, "change-password");

      ApiClient.Reply reply =
          api.put("/api/v1/account/password")
              .bearer(current.token())
              .json(Map.of("currentPassword", PASSWORD, "newPassword", newPassword))
              .send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("sessionsEnded").asInt()).isEqualTo(1);
      assertThat(listWith(other.token()).code()).isEqualTo("AUTH_SESSION_EXPIRED");
      assertThat(listWith(current.token()).status()).isEqualTo(200);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(401);
      assertThat(signIn(email, newPassword).status()).isEqualTo(201);
    }

    @Test
    void refusesAPasswordChangeWithTheWrongCurrentPassword() {
      String email = verifiedAccount();
      SignedIn current = signedIn(email);
      stepUpByEmail(current.token(), email, "change-password");

      ApiClient.Reply reply =
          api.put("/api/v1/account/password")
              .bearer(current.token())
              .json(
                  Map.of(
                      "currentPassword", "Not-The-Right-Passphrase-11",
                      "newPassword", "Saffron-Meadow-Compass-3141"))
              .send();

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.code()).isEqualTo("AUTH_CURRENT_PASSWORD_WRONG");
    }
  }
}
