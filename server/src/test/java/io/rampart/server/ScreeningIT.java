package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Screening over HTTP, against the fixture lists in {@link SanctionsFixture}. */
class ScreeningIT extends ServerTestBase {

  private static final String KEY_NAME = "kyc-backend-" + UUID.randomUUID();
  private static String backendKey;

  /** A service key with both screening scopes, made once for the class. */
  private String backend() {
    if (backendKey == null) backendKey = key(KEY_NAME, "screening:screen", "screening:customers");
    return backendKey;
  }

  private String key(String name, String... scopes) {
    ApiClient.Reply reply =
        api.post("/api/v1/admin/service-keys")
            .bearer(operatorToken())
            .json(Map.of("name", name, "scopes", List.of(scopes)))
            .send();
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("secret").asString();
  }

  private ApiClient.Reply names(Map<String, ?> body) {
    return api.post("/api/v1/screening/names").bearer(backend()).json(body).send();
  }

  private ApiClient.Reply addresses(Map<String, ?> body) {
    return api.post("/api/v1/screening/addresses").bearer(backend()).json(body).send();
  }

  private ApiClient.Reply reload() {
    return api.post("/api/v1/admin/screening/reload").bearer(operatorToken()).send();
  }

  private static List<String> hitIds(ApiClient.Reply reply) {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : reply.json().path("hits")) {
      ids.add(hit.path("list").asString() + "/" + hit.path("entryId").asString());
    }
    return ids;
  }

  private static String freshCustomer() {
    return "customer-" + UUID.randomUUID();
  }

  @Nested
  class Names {
    @Test
    void answersTheHitsWithReasonsAndTheListsScreenedAgainst() {
      ApiClient.Reply reply =
          names(Map.of("name", "Kareem Youssef Al Rashidi", "nationality", "iq"));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode hit = reply.json().path("hits").get(0);
      assertThat(hit.path("list").asString()).isEqualTo("ofac-sdn");
      assertThat(hit.path("entryId").asString()).isEqualTo("1001");
      assertThat(hit.path("listedName").asString()).isEqualTo("AL-RASHIDI, Karim Yusuf");
      assertThat(hit.path("matchedName").asString()).isEqualTo("AL RASHIDI, Kareem Youssef");
      assertThat(hit.path("score").asDouble()).isBetween(0.80, 1.0);
      assertThat(hit.path("reasons").get(0).path("factor").asString()).isEqualTo("NAME");
      assertThat(hit.path("reasons").toString()).contains("NATIONALITY_MATCH");
      assertThat(hit.has("alert")).isFalse();
      JsonNode lists = reply.json().path("lists");
      assertThat(lists).hasSizeGreaterThanOrEqualTo(5);
      assertThat(lists.toString()).contains("\"un\"").contains("2026-01-15T00:00:00.000Z");
      assertThat(reply.json().path("threshold").asDouble()).isEqualTo(0.80);
    }

    @Test
    void findsANameWrittenInArabicOrCyrillicScript() {
      assertThat(hitIds(names(Map.of("name", "حامد صالح القرشي")))).contains("un/QDi.901");
      assertThat(hitIds(names(Map.of("name", "Дмитрий Волков")))).contains("ofac-sdn/1003");
    }

    @Test
    void findsANameSpoofedWithLettersOfAnotherScript() {
      String cyrillicA = "\u0430";
      ApiClient.Reply reply =
          names(Map.of("name", "K" + cyrillicA + "rim Yusuf Al-R" + cyrillicA + "shidi"));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(hitIds(reply)).contains("ofac-sdn/1001");
    }

    @Test
    void aLowerThresholdShowsNearMisses() {
      ApiClient.Reply strict = names(Map.of("name", "Karim Haddadi"));
      ApiClient.Reply loose = names(Map.of("name", "Karim Haddadi", "threshold", 0.5));

      assertThat(hitIds(strict)).isEmpty();
      assertThat(hitIds(loose)).isNotEmpty();
    }

    @Test
    void isDescribedInTheApiDocumentWithItsProblems() {
      JsonNode paths = api.get("/v3/api-docs").send().json().path("paths");

      assertThat(paths.propertyNames())
          .contains(
              "/api/v1/screening/names",
              "/api/v1/screening/addresses",
              "/api/v1/admin/screening/reload",
              "/api/v1/admin/screening/lists",
              "/api/v1/admin/screening/lists/{list}/entries/{entryId}",
              "/api/v1/admin/screening/alerts",
              "/api/v1/admin/screening/alerts/{id}",
              "/api/v1/admin/screening/alerts/{id}/decision");
      JsonNode names = paths.path("/api/v1/screening/names").path("post").path("responses");
      assertThat(names.path("503").path("description").asString())
          .contains("SCR_LISTS_UNAVAILABLE");
      assertThat(names.path("400").path("description").asString()).contains("SCR_INVALID_NAME");
    }

    @Test
    void needsAServiceKeyWithTheScreeningScope() {
      Map<String, String> body = Map.of("name", "Karim");
      ApiClient.Reply none = api.post("/api/v1/screening/names").json(body).send();
      ApiClient.Reply operator =
          api.post("/api/v1/screening/names").bearer(operatorToken()).json(body).send();
      ApiClient.Reply session =
          api.post("/api/v1/screening/names")
              .bearer(signedIn(verifiedAccount()).token())
              .json(body)
              .send();
      ApiClient.Reply riskOnly =
          api.post("/api/v1/screening/names")
              .bearer(key("risk-" + UUID.randomUUID(), "risk:read"))
              .json(body)
              .send();

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.code()).isEqualTo("AUTH_UNAUTHENTICATED");
      assertThat(operator.status()).isEqualTo(401);
      assertThat(session.status()).isEqualTo(401);
      assertThat(riskOnly.status()).isEqualTo(403);
      assertThat(riskOnly.code()).isEqualTo("AUTH_INSUFFICIENT_SCOPE");
      assertThat(riskOnly.json().path("detail").asString()).contains("screening:screen");
    }

    @Test
    void screeningACustomerNeedsTheCustomersScope() {
      String screenOnly = key("travel-rule-" + UUID.randomUUID(), "screening:screen");

      ApiClient.Reply plain =
          api.post("/api/v1/screening/names")
              .bearer(screenOnly)
              .json(Map.of("name", "Karim"))
              .send();
      ApiClient.Reply customer =
          api.post("/api/v1/screening/names")
              .bearer(screenOnly)
              .json(Map.of("name", "Karim Yusuf Al-Rashidi", "customerId", freshCustomer()))
              .send();

      assertThat(plain.status()).isEqualTo(200);
      assertThat(customer.status()).isEqualTo(403);
      assertThat(customer.code()).isEqualTo("AUTH_INSUFFICIENT_SCOPE");
      assertThat(customer.json().path("detail").asString()).contains("screening:customers");
    }
  }

  @Nested
  class BadNames {
    @Test
    void refusesAnEmptyName() {
      ApiClient.Reply blank = names(Map.of("name", "   "));
      ApiClient.Reply onlyTitles = names(Map.of("name", "Mr. Dr."));
      ApiClient.Reply missing = names(Map.of("type", "person"));

      assertThat(blank.status()).isEqualTo(400);
      assertThat(blank.code()).isEqualTo("SCR_INVALID_NAME");
      assertThat(onlyTitles.code()).isEqualTo("SCR_INVALID_NAME");
      assertThat(missing.code()).isEqualTo("REQ_MISSING_FIELD");
    }

    @Test
    void refusesANameOfTenKilobytes() {
      ApiClient.Reply reply = names(Map.of("name", "Karim ".repeat(1700)));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isIn("SCR_NAME_TOO_LONG", "REQ_FIELD_TOO_LONG");
    }

    @Test
    void refusesANameLongerThanScreeningTakes() {
      ApiClient.Reply reply = names(Map.of("name", "x".repeat(300)));

      assertThat(reply.code()).isEqualTo("SCR_NAME_TOO_LONG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Karim\u0000Yusuf", "Karim\nYusuf", "Karim\u001bYusuf"})
    void refusesControlCharacters(String name) {
      ApiClient.Reply reply = names(Map.of("name", name));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("REQ_CONTROL_CHARACTERS");
    }

    @Test
    void refusesABidiOverrideHidingTheName() {
      ApiClient.Reply reply = names(Map.of("name", "Karim \u202eidihsaR"));

      assertThat(reply.code()).isEqualTo("SCR_INVALID_NAME");
    }

    @Test
    void refusesBadFacts() {
      assertThat(names(Map.of("name", "Karim", "birthDate", "1971-02-30")).code())
          .isEqualTo("SCR_INVALID_BIRTH_DATE");
      assertThat(names(Map.of("name", "Karim", "birthDate", "1700")).code())
          .isEqualTo("SCR_INVALID_BIRTH_DATE");
      assertThat(names(Map.of("name", "Karim", "nationality", "XX")).code())
          .isEqualTo("SCR_INVALID_COUNTRY");
      assertThat(names(Map.of("name", "Karim", "type", "robot")).code())
          .isEqualTo("REQ_INVALID_FIELD");
      assertThat(names(Map.of("name", "Karim", "threshold", 0.2)).code())
          .isEqualTo("SCR_INVALID_THRESHOLD");
      assertThat(names(Map.of("name", "Karim", "colour", "red")).code())
          .isEqualTo("REQ_UNKNOWN_FIELD");
    }
  }

  @Nested
  class Addresses {
    @Test
    void findsAnEvmAddressWhateverItsCase() {
      ApiClient.Reply reply =
          addresses(
              Map.of("asset", "ETH", "address", "0x8001DE017AB13DA95A3B4135F978E3EF669715B4"));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("verdict").asString()).isEqualTo("LISTED");
      assertThat(reply.json().path("address").asString())
          .isEqualTo("0x8001de017ab13da95a3b4135f978e3ef669715b4");
      assertThat(hitIds(reply))
          .contains("ofac-sdn/1003", "addresses-eth/0x8001de017ab13da95a3b4135f978e3ef669715b4");
      assertThat(reply.json().path("analytics").path("status").asString())
          .isEqualTo("NOT_CONFIGURED");
    }

    @Test
    void comparesBase58AddressesExactly() {
      String listed = "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v";
      String otherCase = "18zAvCat9UAHy1JSGf4mqse7tIzRcJGr3V";

      assertThat(addresses(Map.of("address", listed)).json().path("verdict").asString())
          .isEqualTo("LISTED");
      assertThat(addresses(Map.of("address", otherCase)).json().path("verdict").asString())
          .isEqualTo("CLEAR");
      assertThat(addresses(Map.of("asset", "BTC", "address", otherCase)).code())
          .isEqualTo("SCR_INVALID_ADDRESS");
    }

    @Test
    void answersClearForAValidAddressNoListNames() {
      ApiClient.Reply reply =
          addresses(
              Map.of("asset", "ETH", "address", "0x3333333333333333333333333333333333333333"));

      assertThat(reply.json().path("verdict").asString()).isEqualTo("CLEAR");
      assertThat(reply.json().path("listed").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "0x12345",
          "0xZZ01de017ab13da95a3b4135f978e3ef669715b4",
          "not an address at all",
          "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3w",
          "bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8evyk"
        })
    void refusesMalformedAddresses(String address) {
      String asset = address.startsWith("0x") ? "ETH" : "BTC";
      ApiClient.Reply reply = addresses(Map.of("asset", asset, "address", address));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("SCR_INVALID_ADDRESS");
    }

    @Test
    void refusesAMalformedAsset() {
      assertThat(
              addresses(
                      Map.of(
                          "asset", "E/TH", "address", "0x3333333333333333333333333333333333333333"))
                  .code())
          .isEqualTo("SCR_INVALID_ASSET");
    }
  }

  @Nested
  class Alerts {
    @Test
    void aHitOnACustomerBecomesAnAuditedAlert() {
      String customer = freshCustomer();

      ApiClient.Reply reply =
          names(Map.of("name", "Karim Yusuf Al-Rashidi", "customerId", customer));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode alert = reply.json().path("hits").get(0).path("alert");
      assertThat(alert.path("raised").asBoolean()).isTrue();
      assertThat(alert.path("status").asString()).isEqualTo("OPEN");
      AuditRecord raised = newest("screening.alert-raised");
      assertThat(raised.data())
          .containsEntry("customerId", customer)
          .containsEntry("entryId", "1001");
      assertThat(raised.actor()).isEqualTo(Actor.service(KEY_NAME));
      ApiClient.Reply listed =
          api.get("/api/v1/admin/screening/alerts?status=OPEN&customerId=" + customer)
              .bearer(operatorToken())
              .send();
      assertThat(listed.json().path("alerts")).hasSize(1);
      assertThat(listed.json().path("alerts").get(0).path("id").asString())
          .isEqualTo(alert.path("id").asString());
    }

    @Test
    void aDismissedHitDoesNotAlertAgainUntilTheCustomerDataChanges() {
      String customer = freshCustomer();
      Map<String, Object> person =
          new HashMap<>(Map.of("name", "Karim Yusuf Al-Rashidi", "customerId", customer));
      String alertId = names(person).json().path("hits").get(0).path("alert").path("id").asString();

      ApiClient.Reply dismissed = decide(alertId, "dismiss", "Different person: passport checked");
      ApiClient.Reply again = names(person);
      person.put("birthDate", "1971-03-12");
      ApiClient.Reply changed = names(person);

      assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
      assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
      assertThat(dismissed.json().path("decisionReason").asString())
          .isEqualTo("Different person: passport checked");
      JsonNode sameAlert = again.json().path("hits").get(0).path("alert");
      assertThat(sameAlert.path("raised").asBoolean()).isFalse();
      assertThat(sameAlert.path("status").asString()).isEqualTo("DISMISSED");
      JsonNode newAlert = changed.json().path("hits").get(0).path("alert");
      assertThat(newAlert.path("raised").asBoolean()).isTrue();
      assertThat(newAlert.path("id").asString()).isNotEqualTo(alertId);
      assertThat(newest("screening.alert-dismissed").data())
          .containsEntry("alertId", alertId)
          .containsEntry("reason", "Different person: passport checked");
    }

    @Test
    void aDecisionNeedsAReasonAndIsTakenOnce() {
      String alertId =
          names(Map.of("name", "Karim Yusuf Al-Rashidi", "customerId", freshCustomer()))
              .json()
              .path("hits")
              .get(0)
              .path("alert")
              .path("id")
              .asString();

      ApiClient.Reply noReason = decide(alertId, "confirm", " ");
      ApiClient.Reply confirmed = decide(alertId, "confirm", "Matches the listed passport");
      ApiClient.Reply twice = decide(alertId, "dismiss", "Second thoughts");
      ApiClient.Reply unknown = decide(UUID.randomUUID().toString(), "dismiss", "r");
      ApiClient.Reply badId = decide("not-a-uuid", "dismiss", "r");
      ApiClient.Reply badDecision = decide(alertId, "maybe", "r");

      assertThat(noReason.code()).isEqualTo("SCR_DECISION_REASON_REQUIRED");
      assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
      assertThat(twice.status()).isEqualTo(409);
      assertThat(twice.code()).isEqualTo("SCR_ALERT_ALREADY_DECIDED");
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.code()).isEqualTo("SCR_ALERT_NOT_FOUND");
      assertThat(badId.code()).isEqualTo("REQ_INVALID_PARAMETER");
      assertThat(badDecision.code()).isEqualTo("REQ_INVALID_FIELD");
    }

    @Test
    void aListedAddressOfACustomerBecomesAnAlert() {
      ApiClient.Reply reply =
          addresses(
              Map.of(
                  "asset",
                  "XBT",
                  "address",
                  "12a9g1TGgkNNV19d2JpwxTPsUUnpamrXwG",
                  "customerId",
                  freshCustomer()));

      assertThat(reply.json().path("hits").get(0).path("alert").path("raised").asBoolean())
          .isTrue();
    }

    private ApiClient.Reply decide(String alertId, String decision, String reason) {
      return api.post("/api/v1/admin/screening/alerts/" + alertId + "/decision")
          .bearer(operatorToken())
          .json(Map.of("decision", decision, "reason", reason))
          .send();
    }
  }

  @Nested
  class Lists {
    private final Path extra = SanctionsFixture.directory().resolve("exchange/it-extra.csv");

    @Test
    void reloadsOnDemandAndShowsWhatIsInForce() {
      ApiClient.Reply reply = reload();
      ApiClient.Reply lists =
          api.get("/api/v1/admin/screening/lists").bearer(operatorToken()).send();
      ApiClient.Reply entry =
          api.get("/api/v1/admin/screening/lists/un/entries/QDi.901")
              .bearer(operatorToken())
              .send();

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("lists").toString()).contains("\"status\":\"unchanged\"");
      assertThat(lists.json().path("lists")).hasSizeGreaterThanOrEqualTo(5);
      assertThat(entry.json().path("names").toString())
          .contains("حامد صالح القرشي")
          .contains("WEAK");
      assertThat(entry.json().path("nationalities").toString()).contains("IQ");
      assertThat(newest("screening.lists-reloaded").actor().kind()).isEqualTo(Actor.Kind.OPERATOR);
    }

    @Test
    void refusesACorruptedListAndKeepsScreening() throws IOException {
      try {
        Files.writeString(extra, "id,name,colour\nX-1,Someone,red\n", StandardCharsets.UTF_8);
        ApiClient.Reply reply = reload();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode refused = find(reply.json().path("lists"), "exchange-it-extra");
        assertThat(refused.path("status").asString()).isEqualTo("refused");
        assertThat(refused.path("problems").toString()).contains("unknown column 'colour'");
        assertThat(hitIds(names(Map.of("name", "Karim Yusuf Al-Rashidi"))))
            .contains("ofac-sdn/1001");
      } finally {
        Files.deleteIfExists(extra);
        reload();
      }
    }

    @Test
    void screensRecordedCustomersAgainAgainstANewEntryOnly() throws IOException {
      String customer = freshCustomer();
      String name = "Ottoline Quarrington-Vex";
      assertThat(names(Map.of("name", name, "customerId", customer)).json().path("hits")).isEmpty();
      try {
        Files.writeString(
            extra, "id,type,name\nIT-1,person," + name + "\n", StandardCharsets.UTF_8);
        ApiClient.Reply reply = reload();

        assertThat(reply.json().path("rescreening").path("changedEntries").asInt()).isEqualTo(1);
        assertThat(reply.json().path("rescreening").path("alertsRaised").asInt()).isEqualTo(1);
        ApiClient.Reply alerts =
            api.get("/api/v1/admin/screening/alerts?customerId=" + customer)
                .bearer(operatorToken())
                .send();
        assertThat(alerts.json().path("alerts")).hasSize(1);
        assertThat(alerts.json().path("alerts").get(0).path("list").asString())
            .isEqualTo("exchange-it-extra");
        AuditRecord raised = newest("screening.alert-raised");
        assertThat(raised.actor().kind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(reload().json().path("rescreening").path("changedEntries").asInt()).isZero();
      } finally {
        Files.deleteIfExists(extra);
        reload();
      }
    }

    private JsonNode find(JsonNode lists, String name) {
      for (JsonNode l : lists) if (l.path("list").asString().equals(name)) return l;
      throw new AssertionError("no list " + name + " in " + lists);
    }
  }

  private AuditRecord newest(String type) {
    List<AuditRecord> matching = new ArrayList<>();
    auditStore.forEachInOrder(
        r -> {
          if (r.type().equals(type)) matching.add(r);
        });
    assertThat(matching).as("audit records of type " + type).isNotEmpty();
    return matching.getLast();
  }
}
