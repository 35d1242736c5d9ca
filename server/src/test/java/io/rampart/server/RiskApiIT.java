package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.server.risk.json.RiskEventJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The risk engine over HTTP: service keys call it, operators read what it decided. */
class RiskApiIT extends ServerTestBase {
  String account;
  String evaluator;

  @BeforeEach
  void freshAccountAndKey() {
    account = "user-" + UUID.randomUUID();
    evaluator = key("risk:evaluate", "events:write", "risk:read");
  }

  String key(String... scopes) {
    ApiClient.Reply reply =
        api.post("/api/v1/admin/service-keys")
            .bearer(operatorToken())
            .json(Map.of("name", "exchange-" + UUID.randomUUID(), "scopes", List.of(scopes)))
            .send();
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("secret").asString();
  }

  static String signIn(String eventId, String account, String at, String device) {
    return """
        {"type":"sign_in_attempt","eventId":"%s","accountId":"%s","occurredAt":"%s",
         "success":true,"ip":"198.51.100.10","userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0","deviceId":"%s"}"""
        .formatted(eventId, account, at, device)
        .replace("\n", "");
  }

  static String passwordReset(String eventId, String account, String at) {
    return """
        {"type":"security_setting_change","eventId":"%s","accountId":"%s","occurredAt":"%s",
         "setting":"PASSWORD_RESET"}"""
        .formatted(eventId, account, at)
        .replace("\n", "");
  }

  static String drainingWithdrawal(String eventId, String account, String at) {
    return """
        {"type":"withdrawal_request","eventId":"%s","accountId":"%s","occurredAt":"%s",
         "asset":"BTC","network":"bitcoin","amountMinor":2500000,"scale":8,"usdCents":240000,
         "destinationAddress":"bc1qnewaddress","balanceUsdCents":250000}"""
        .formatted(eventId, account, at)
        .replace("\n", "");
  }

  ApiClient.Reply evaluate(String key, String event) {
    return api.post("/api/v1/risk/evaluate").bearer(key).json(event).send();
  }

  @Nested
  class Evaluating {
    @Test
    void answersWithTheDecisionItsReasonsAndThePolicyVersion() {
      ApiClient.Reply reply =
          evaluate(evaluator, signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1"));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.contentType()).isEqualTo("application/json");
      assertThat(reply.header("Content-Length"))
          .as("the answer declares its length, not chunked")
          .isEqualTo(String.valueOf(reply.body().getBytes(StandardCharsets.UTF_8).length));
      JsonNode body = reply.json();
      assertThat(body.path("assessmentId").asString()).hasSize(36);
      assertThat(body.path("decision").asString()).isEqualTo("ALLOW");
      assertThat(body.path("score").asInt()).isZero();
      assertThat(body.path("reasons").isArray()).isTrue();
      assertThat(body.path("policyVersion").asString()).startsWith("default-");
      assertThat(body.path("duplicate").asBoolean()).isFalse();
    }

    @Test
    void aReSentEventGetsItsFirstAssessmentAndChangesNothing() {
      String event = signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1");
      JsonNode first = evaluate(evaluator, event).json();

      JsonNode again =
          evaluate(evaluator, signIn("e-1", account, "2026-03-02T09:00:00Z", "d-2")).json();

      assertThat(again.path("assessmentId").asString())
          .isEqualTo(first.path("assessmentId").asString());
      assertThat(again.path("duplicate").asBoolean()).isTrue();
      JsonNode listed =
          api.get("/api/v1/risk/accounts/" + account + "/assessments")
              .bearer(evaluator)
              .send()
              .json();
      assertThat(listed.path("assessments").size()).isEqualTo(1);
    }

    @Test
    void reportsEveryBadFieldWithItsCode() {
      ApiClient.Reply reply =
          evaluate(
              evaluator,
              """
              {"type":"withdrawal_request","eventId":"w-1","accountId":"%s",
               "occurredAt":"2026-03-02T08:00:00Z","asset":"btc","network":"bitcoin",
               "amountMinor":0,"scale":8,"usdCents":-5,"destinationAddress":"bc1q x"}"""
                  .formatted(account));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      List<String> fields = new ArrayList<>();
      reply.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
      assertThat(fields).contains("asset", "usdCents", "destinationAddress", "amountMinor");
      assertThat(reply.json().path("code").asString()).startsWith("REQ_");
    }

    @Test
    void readsAnEventSentWithoutADeclaredLength() {
      byte[] event =
          signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1").getBytes(StandardCharsets.UTF_8);

      ApiClient.Reply reply =
          api.post("/api/v1/risk/evaluate")
              .bearer(evaluator)
              .chunked("application/json", event)
              .send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("decision").asString()).isEqualTo("ALLOW");
    }

    @Test
    void refusesAnEventOverItsSizeWhetherItsLengthIsDeclaredOrNot() {
      String large =
          signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1")
              .replace("\"d-1\"", "\"" + "d".repeat(RiskEventJson.MAX_EVENT_BYTES) + "\"");

      ApiClient.Reply declared = evaluate(evaluator, large);
      ApiClient.Reply chunked =
          api.post("/api/v1/risk/evaluate")
              .bearer(evaluator)
              .chunked("application/json", large.getBytes(StandardCharsets.UTF_8))
              .send();

      for (ApiClient.Reply reply : List.of(declared, chunked)) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("REQ_BODY_TOO_LARGE");
      }
      assertThat(chunked.body()).isEqualTo(declared.body());
    }

    @Test
    void refusesAnUnknownFieldAndAKeyWithoutTheScope() {
      ApiClient.Reply unknown =
          evaluate(
              evaluator,
              signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1")
                  .replace("\"success\"", "\"succes\":true,\"success\""));
      ApiClient.Reply writerOnly =
          evaluate(key("events:write"), signIn("e-2", account, "2026-03-02T08:00:00Z", "d-1"));

      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.code()).isEqualTo("REQ_UNKNOWN_FIELD");
      assertThat(writerOnly.status()).isEqualTo(403);
      assertThat(writerOnly.code()).isEqualTo("AUTH_INSUFFICIENT_SCOPE");
    }

    /**
     * An ordinary call is served ahead of Spring Security's chain and Spring MVC; one with an
     * {@code Accept} the shortcut leaves to Spring MVC goes the whole way. Both must answer alike.
     */
    @Test
    void answersAnOrdinaryCallAsTheWholeFilterChainAnswersAnyOther() {
      String wholeChain = "application/json, */*;q=0.1";
      double timedBefore = evaluateCallsTimed("200");
      ApiClient.Reply shortcut =
          evaluateAccepting(
              "application/json", signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1"));
      double timedAfterShortcut = evaluateCallsTimed("200");
      ApiClient.Reply chained =
          evaluateAccepting(wholeChain, signIn("e-2", account, "2026-03-02T08:01:00Z", "d-1"));
      String unknownField =
          signIn("e-3", account, "2026-03-02T08:02:00Z", "d-1")
              .replace("\"success\"", "\"succes\":true,\"success\"");
      ApiClient.Reply refusedShort = evaluateAccepting("application/json", unknownField);
      ApiClient.Reply refusedChained = evaluateAccepting(wholeChain, unknownField);

      assertThat(shortcut.status()).as(shortcut.body()).isEqualTo(200);
      assertThat(chained.status()).as(chained.body()).isEqualTo(200);
      assertThat(headersBesidesDateAndLength(shortcut))
          .containsKeys("x-content-type-options", "cache-control", "content-security-policy")
          .isEqualTo(headersBesidesDateAndLength(chained));
      List<String> shortFields = new ArrayList<>();
      List<String> chainedFields = new ArrayList<>();
      shortcut.json().propertyNames().forEach(shortFields::add);
      chained.json().propertyNames().forEach(chainedFields::add);
      assertThat(shortFields).isEqualTo(chainedFields);
      assertThat(timedAfterShortcut)
          .as("timed under the endpoint's path as Spring MVC's calls are")
          .isEqualTo(timedBefore + 1);
      assertThat(refusedShort.status()).isEqualTo(400);
      assertThat(refusedShort.body()).isEqualTo(refusedChained.body());
      assertThat(headersBesidesDateAndLength(refusedShort))
          .isEqualTo(headersBesidesDateAndLength(refusedChained));
    }

    /** How many evaluate calls answered {@code status} the server has timed. */
    double evaluateCallsTimed(String status) {
      java.util.regex.Matcher count =
          java.util.regex.Pattern.compile(
                  "http_server_requests_seconds_count\\{[^}]*status=\""
                      + status
                      + "\"[^}]*uri=\"/api/v1/risk/evaluate\"[^}]*} (\\S+)")
              .matcher(api.get("/actuator/prometheus").send().body());
      return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    ApiClient.Reply evaluateAccepting(String accept, String event) {
      return api.post("/api/v1/risk/evaluate")
          .bearer(evaluator)
          .header("Accept", accept)
          .json(event)
          .send();
    }

    static Map<String, List<String>> headersBesidesDateAndLength(ApiClient.Reply reply) {
      Map<String, List<String>> headers = new java.util.TreeMap<>();
      reply
          .headers()
          .forEach(
              (name, values) -> {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!lower.equals("date") && !lower.equals("content-length")) {
                  headers.put(lower, values);
                }
              });
      return headers;
    }

    @Test
    void holdsARiskyWithdrawalForReviewAndRaisesAnAlert() {
      evaluate(evaluator, signIn("e-1", account, "2026-03-01T08:00:00Z", "d-1"));
      evaluate(evaluator, passwordReset("e-2", account, "2026-03-02T07:00:00Z"));

      JsonNode held =
          evaluate(evaluator, drainingWithdrawal("e-3", account, "2026-03-02T08:00:00Z")).json();

      assertThat(held.path("decision").asString()).isIn("REVIEW", "DENY");
      List<String> codes = new ArrayList<>();
      held.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
      assertThat(codes).contains("RISK_AFTER_SECURITY_CHANGE", "RISK_BALANCE_DRAIN");
      JsonNode alerts =
          api.get("/api/v1/admin/risk/accounts/" + account + "/alerts")
              .bearer(operatorToken())
              .send()
              .json()
              .path("alerts");
      assertThat(alerts.size()).isEqualTo(1);
      assertThat(alerts.get(0).path("assessmentId").asString())
          .isEqualTo(held.path("assessmentId").asString());
      assertThat(alerts.get(0).path("status").asString()).isEqualTo("OPEN");
    }
  }

  @Nested
  class Batches {
    @Test
    void recordsAJsonArrayInOrderAndAnswersPerEvent() {
      String batch =
          "["
              + signIn("b-1", account, "2026-03-02T08:00:00Z", "d-1")
              + ","
              + signIn("b-2", account, "2026-03-02T08:01:00Z", "d-1")
              + "]";

      ApiClient.Reply reply = api.post("/api/v1/risk/events").bearer(evaluator).json(batch).send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("recorded").asInt()).isEqualTo(2);
      assertThat(reply.json().path("results").get(1).path("eventId").asString()).isEqualTo("b-2");
      JsonNode newest =
          api.get("/api/v1/risk/accounts/" + account + "/assessments?limit=1")
              .bearer(evaluator)
              .send()
              .json()
              .path("assessments")
              .get(0);
      assertThat(newest.path("eventId").asString()).isEqualTo("b-2");
      assertThat(newest.path("accountSeq").asLong()).isEqualTo(2);
      assertThat(newest.path("event").path("deviceId").asString()).isEqualTo("d-1");
    }

    @Test
    void takesNdjsonAndCountsReSentEventsAsDuplicates() {
      String lines =
          signIn("n-1", account, "2026-03-02T08:00:00Z", "d-1")
              + "\n"
              + signIn("n-2", account, "2026-03-02T08:01:00Z", "d-1")
              + "\n";
      api.post("/api/v1/risk/events").bearer(evaluator).body("application/x-ndjson", lines).send();

      ApiClient.Reply again =
          api.post("/api/v1/risk/events")
              .bearer(evaluator)
              .body("application/x-ndjson", lines)
              .send();

      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
      assertThat(again.json().path("recorded").asInt()).isZero();
    }

    @Test
    void refusesABatchWithOneBadEventAndRecordsNothing() {
      String batch =
          "["
              + signIn("x-1", account, "2026-03-02T08:00:00Z", "d-1")
              + ","
              + signIn("x-2", account, "1999-03-02T08:00:00Z", "d-1")
              + "]";

      ApiClient.Reply reply = api.post("/api/v1/risk/events").bearer(evaluator).json(batch).send();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().path("errors").get(0).path("field").asString())
          .isEqualTo("[1].occurredAt");
      assertThat(
              api.get("/api/v1/risk/accounts/" + account + "/assessments")
                  .bearer(evaluator)
                  .send()
                  .json()
                  .path("assessments")
                  .size())
          .isZero();
    }
  }

  @Nested
  class Operators {
    @Test
    void closeAnAlertWithANoteOnceAndItIsAudited() {
      evaluate(evaluator, passwordReset("e-1", account, "2026-03-02T07:00:00Z"));
      evaluate(evaluator, drainingWithdrawal("e-2", account, "2026-03-02T08:00:00Z"));
      String alertId =
          api.get("/api/v1/admin/risk/alerts?status=open&limit=500")
              .bearer(operatorToken())
              .send()
              .json()
              .path("alerts")
              .valueStream()
              .filter(a -> a.path("accountId").asString().equals(account))
              .findFirst()
              .orElseThrow()
              .path("alertId")
              .asString();

      ApiClient.Reply closed =
          api.post("/api/v1/admin/risk/alerts/" + alertId + "/close")
              .bearer(operatorToken())
              .json(Map.of("note", "Customer confirmed the withdrawal by phone."))
              .send();
      ApiClient.Reply again =
          api.post("/api/v1/admin/risk/alerts/" + alertId + "/close")
              .bearer(operatorToken())
              .json(Map.of("note", "again"))
              .send();

      assertThat(closed.status()).as(closed.body()).isEqualTo(200);
      assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
      assertThat(closed.json().path("note").asString()).startsWith("Customer confirmed");
      assertThat(again.status()).isEqualTo(404);
      assertThat(again.code()).isEqualTo("RISK_ALERT_NOT_FOUND");
      AuditRecord[] newest = new AuditRecord[1];
      auditStore.forEachInOrder(
          r -> {
            if (r.type().equals("risk.alert-closed")) newest[0] = r;
          });
      assertThat(newest[0].data()).containsEntry("alertId", alertId);
    }

    @Test
    void seeTheProfileAndThatItMatchesAReplayOfTheRecordedEvents() {
      evaluate(evaluator, signIn("e-1", account, "2026-03-02T08:00:00Z", "d-1"));
      evaluate(evaluator, signIn("e-2", account, "2026-03-02T09:00:00Z", "d-2"));

      ApiClient.Reply reply =
          api.get("/api/v1/admin/risk/accounts/" + account + "/profile")
              .bearer(operatorToken())
              .send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("appliedEvents").asLong()).isEqualTo(2);
      assertThat(reply.json().path("matchesReplay").asBoolean()).isTrue();
    }

    @Test
    void seeWhichPolicyIsInForceAndReloadIt() {
      ApiClient.Reply status = api.get("/api/v1/admin/risk/policy").bearer(operatorToken()).send();
      ApiClient.Reply reloaded =
          api.post("/api/v1/admin/risk/policy/reload").bearer(operatorToken()).send();

      assertThat(status.status()).isEqualTo(200);
      assertThat(status.json().path("active").path("version").asString()).startsWith("default-");
      assertThat(status.json().path("active").path("source").asString())
          .isEqualTo("bundled:default-policy.yaml");
      assertThat(status.json().path("shadow").isNull()).isTrue();
      assertThat(reloaded.status()).isEqualTo(200);
    }

    @Test
    void needTheOperatorToken() {
      assertThat(
              api.get("/api/v1/admin/risk/accounts/" + account + "/assessments")
                  .bearer(evaluator)
                  .send()
                  .status())
          .isEqualTo(401);
    }
  }
}
