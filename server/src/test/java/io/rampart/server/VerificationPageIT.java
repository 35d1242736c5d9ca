package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The verification page answers HTML with the status of its reason, as the API description says.
 */
class VerificationPageIT extends ServerTestBase {

  @Test
  void answersAnIncompleteLinkWithAnHtmlPageAndTheStatusOfItsReason() {
    ApiClient.Reply shown = api.get("/verify-email").send();
    ApiClient.Reply posted =
        api.post("/verify-email").body("application/x-www-form-urlencoded", "token=").send();

    assertThat(shown.status()).isEqualTo(400);
    assertThat(shown.contentType()).startsWith("text/html");
    assertThat(posted.status()).isEqualTo(400);
    assertThat(posted.contentType()).startsWith("text/html");
  }

  @Test
  void answersAnUnknownTokenWithAnHtmlPageNamingTheReason() {
    ApiClient.Reply page =
        api.post("/verify-email")
            .body("application/x-www-form-urlencoded", "token=nobody-was-given-this")
            .send();

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("could not be verified");
  }

  @Test
  void documentsItsHtmlAnswersInTheApiDescription() {
    JsonNode page = api.get("/v3/api-docs").send().json().path("paths").path("/verify-email");

    JsonNode shown = page.path("get").path("responses");
    assertThat(shown.path("200").path("content").has("text/html")).isTrue();
    assertThat(shown.path("400").path("content").has("text/html")).isTrue();
    assertThat(shown.path("400").path("description").asString()).contains("REQ_INVALID_PARAMETER");
    JsonNode posted = page.path("post").path("responses");
    assertThat(posted.path("200").path("content").has("text/html")).isTrue();
    assertThat(posted.path("400").path("content").has("text/html")).isTrue();
    assertThat(posted.path("400").path("description").asString())
        .contains("AUTH_VERIFICATION_TOKEN_INVALID", "AUTH_VERIFICATION_TOKEN_EXPIRED");
  }
}
