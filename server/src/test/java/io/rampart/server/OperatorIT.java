package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class OperatorIT extends ServerTestBase {

  @Nested
  class OperatorToken {
    @Test
    void keepsTheTokenInAFileOnlyItsOwnerCanRead() throws Exception {
      Path file = properties.dataDir().resolve("operator-token");

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(operatorToken()).matches("[A-Za-z0-9_-]{43}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/admin/audit/verification", "/api/v1/admin/outbox"})
    void refusesOperatorEndpointsWithoutTheToken(String path) {
      ApiClient.Reply none = api.get(path).send();
      ApiClient.Reply wrong = api.get(path).bearer("x".repeat(43)).send();

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.code()).isEqualTo("AUTH_UNAUTHENTICATED");
      assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void refusesASessionTokenOnOperatorEndpoints() {
      SignedIn session = signedIn(verifiedAccount());

      ApiClient.Reply reply = api.get("/api/v1/admin/outbox").bearer(session.token()).send();

      assertThat(reply.status()).isEqualTo(401);
    }
  }

  @Nested
  class AuditVerification {
    @Test
    void reportsAnIntactChainAndAuditsTheCheck() {
      verifiedAccount();

      ApiClient.Reply reply =
          api.get("/api/v1/admin/audit/verification").bearer(operatorToken()).send();

      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = reply.json();
      assertThat(body.path("status").asString()).isEqualTo("intact");
      assertThat(body.path("records").asLong()).isPositive();
      assertThat(body.path("headHash").asString()).hasSize(64);
      AuditRecord[] newest = new AuditRecord[1];
      auditStore.forEachInOrder(r -> newest[0] = r);
      assertThat(newest[0].type()).isEqualTo("operator.audit-verified");
      assertThat(newest[0].actor().kind()).isEqualTo(Actor.Kind.OPERATOR);
      assertThat(newest[0].data()).containsEntry("status", "intact");
    }
  }

  @Nested
  class Outbox {
    @Test
    void listsPendingMessagesWithTheirContent() {
      String email = freshEmail();
      register(email, PASSWORD);

      ApiClient.Reply reply =
          api.get("/api/v1/admin/outbox?status=pending&limit=500").bearer(operatorToken()).send();

      assertThat(reply.status()).isEqualTo(200);
      JsonNode mine = null;
      for (JsonNode message : reply.json().path("messages")) {
        if (message.path("recipient").asString().equals(email)) mine = message;
      }
      assertThat(mine).isNotNull();
      assertThat(mine.path("kind").asString()).isEqualTo("EMAIL_VERIFICATION");
      assertThat(mine.path("status").asString()).isEqualTo("PENDING");
      assertThat(mine.path("body").asString()).contains("/verify-email?token=");
      assertThat(mine.path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void refusesAnUnknownStatus() {
      ApiClient.Reply reply =
          api.get("/api/v1/admin/outbox?status=lost").bearer(operatorToken()).send();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("REQ_INVALID_PARAMETER");
    }
  }
}
