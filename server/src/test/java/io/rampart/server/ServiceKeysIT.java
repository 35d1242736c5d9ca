package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServiceKeysIT extends ServerTestBase {

  /** Creates a key with the scopes over HTTP and returns the response body. */
  protected JsonNode createKey(String name, String... scopes) {
    ApiClient.Reply reply =
        api.post("/api/v1/admin/service-keys")
            .bearer(operatorToken())
            .json(Map.of("name", name, "scopes", List.of(scopes)))
            .send();
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  private AuditRecord newestAudit() {
    AuditRecord[] newest = new AuditRecord[1];
    auditStore.forEachInOrder(r -> newest[0] = r);
    return newest[0];
  }

  @Nested
  class Creating {
    @Test
    void showsTheSecretOnceAndListsTheKeyWithoutIt() {
      JsonNode created = createKey("exchange-backend", "risk:evaluate", "events:write");
      String secret = created.path("secret").asString();

      assertThat(secret).startsWith("rk_").hasSize(46);
      assertThat(created.path("scopes").toString()).contains("risk:evaluate", "events:write");
      ApiClient.Reply list = api.get("/api/v1/admin/service-keys").bearer(operatorToken()).send();
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body()).doesNotContain(secret).contains(created.path("id").asString());
      JsonNode mine = null;
      for (JsonNode key : list.json().path("keys")) {
        if (key.path("id").asString().equals(created.path("id").asString())) mine = key;
      }
      assertThat(mine).isNotNull();
      assertThat(mine.path("status").asString()).isEqualTo("ACTIVE");
      assertThat(mine.path("prefix").asString()).isEqualTo(secret.substring(0, 10));
      assertThat(newestAudit().type()).isEqualTo("operator.service-keys-listed");
    }

    @Test
    void refusesAnUnknownScope() {
      ApiClient.Reply reply =
          api.post("/api/v1/admin/service-keys")
              .bearer(operatorToken())
              .json(Map.of("name", "x", "scopes", List.of("withdrawals:approve")))
              .send();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("AUTH_UNKNOWN_SCOPE");
    }

    @Test
    void needsTheOperatorToken() {
      String secret = createKey("k", "risk:read").path("secret").asString();

      ApiClient.Reply reply =
          api.post("/api/v1/admin/service-keys")
              .bearer(secret)
              .json(Map.of("name", "x", "scopes", List.of("risk:read")))
              .send();

      assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void listsTheScopesAKeyMayHave() {
      ApiClient.Reply reply =
          api.get("/api/v1/admin/service-keys/scopes").bearer(operatorToken()).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).contains("risk:evaluate", "events:write", "risk:read");
    }
  }

  @Nested
  class Using {
    @Test
    void aKeyWithoutTheScopeIsForbiddenAndToldWhichScope() {
      String secret = createKey("evaluator", "risk:evaluate").path("secret").asString();

      ApiClient.Reply reply = api.get("/api/v1/risk/assessments/x").bearer(secret).send();

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.code()).isEqualTo("AUTH_INSUFFICIENT_SCOPE");
      assertThat(reply.json().path("detail").asString()).contains("risk:read");
    }

    @Test
    void noKeyOrAnUnknownOneIsUnauthenticated() {
      ApiClient.Reply none = api.get("/api/v1/risk/assessments/x").send();
      ApiClient.Reply unknown =
          api.get("/api/v1/risk/assessments/x").bearer("rk_" + "A".repeat(43)).send();

      assertThat(none.status()).isEqualTo(401);
      assertThat(unknown.status()).isEqualTo(401);
      assertThat(unknown.code()).isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void neitherTheOperatorTokenNorASessionOpenServiceEndpoints() {
      SignedIn session = signedIn(verifiedAccount());

      assertThat(api.get("/api/v1/risk/assessments/x").bearer(operatorToken()).send().status())
          .isEqualTo(401);
      assertThat(api.get("/api/v1/risk/assessments/x").bearer(session.token()).send().status())
          .isEqualTo(401);
    }
  }

  @Nested
  class Revoking {
    @Test
    void aRevokedKeyStopsWorkingAndTheRevocationIsAudited() {
      JsonNode created = createKey("soon-gone", "risk:read");
      String secret = created.path("secret").asString();
      String id = created.path("id").asString();

      ApiClient.Reply revoked =
          api.delete("/api/v1/admin/service-keys/" + id).bearer(operatorToken()).send();

      assertThat(revoked.status()).isEqualTo(204);
      assertThat(newestAudit().type()).isEqualTo("service-key.revoked");
      assertThat(newestAudit().data()).containsEntry("keyId", id);
      assertThat(api.get("/api/v1/risk/assessments/x").bearer(secret).send().status())
          .isEqualTo(401);
      ApiClient.Reply again =
          api.delete("/api/v1/admin/service-keys/" + id).bearer(operatorToken()).send();
      assertThat(again.status()).isEqualTo(404);
      assertThat(again.code()).isEqualTo("AUTH_SERVICE_KEY_NOT_FOUND");
    }
  }
}
