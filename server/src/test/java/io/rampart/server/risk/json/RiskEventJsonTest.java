package io.rampart.server.risk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import io.rampart.risk.ActionType;
import io.rampart.risk.AddressChangeKind;
import io.rampart.risk.Assessment;
import io.rampart.risk.Decision;
import io.rampart.risk.EventCheck;
import io.rampart.risk.Finding;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SubjectId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskEventJsonTest {
  private static final RiskEventJson JSON = new RiskEventJson();
  private static final EventSchemas SCHEMAS = new EventSchemas();

  private static final SubjectId ACCOUNT = new SubjectId("user-10492");
  private static final Instant AT = Instant.parse("2026-11-25T08:15:02Z");

  /** One event of each type with every optional field set, and one with none. */
  static Stream<RiskEvent> events() {
    return Stream.of(
        new RiskEvent.SignInAttempt(
            "e1", ACCOUNT, AT, true, "198.51.100.10", "Mozilla/5.0 (X11; Linux)", "d-1", true),
        new RiskEvent.SignInAttempt("e2", ACCOUNT, AT, false, null, null, null, false),
        new RiskEvent.SessionActivity("e3", ACCOUNT, AT, "s-1", "2001:db8::7", "UA é ✓", "d-1"),
        new RiskEvent.SessionActivity("e4", ACCOUNT, AT, null, null, null, null),
        new RiskEvent.WithdrawalRequest(
            "e5",
            ACCOUNT,
            AT,
            "BTC",
            "bitcoin",
            Long.MAX_VALUE,
            30,
            Long.MAX_VALUE,
            "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            true,
            Instant.parse("2026-10-01T12:00:00.123456789Z"),
            0L,
            "198.51.100.10",
            "d-1"),
        new RiskEvent.WithdrawalRequest(
            "e6", ACCOUNT, AT, "USDT", "tron", 1, 0, 0, "T9yD14", false, null, null, null, null),
        new RiskEvent.Deposit("e7", ACCOUNT, AT, "ETH", "ethereum", 0, 9, 0, "0xabc"),
        new RiskEvent.Deposit("e8", ACCOUNT, AT, "ETH", "ethereum", 5, 9, 1, null),
        new RiskEvent.AddressBookChange(
            "e9", ACCOUNT, AT, AddressChangeKind.ADDED, "BTC", "bitcoin", "bc1q", "10.0.0.1", "d"),
        new RiskEvent.AddressBookChange(
            "e10", ACCOUNT, AT, AddressChangeKind.WHITELIST_DISABLED, null, null, null, null, null),
        new RiskEvent.SecuritySettingChange(
            "e11", ACCOUNT, AT, SecuritySetting.ANTI_PHISHING_CODE, "10.0.0.1", "d-2"),
        new RiskEvent.SecuritySettingChange("e12", ACCOUNT, AT, SecuritySetting.PHONE, null, null),
        new RiskEvent.ApiKeyUse("e13", ACCOUNT, AT, "k-1", "trade", "192.0.2.44"),
        new RiskEvent.ApiKeyUse("e14", ACCOUNT, AT, "k-2", null, null));
  }

  static Stream<String> documentedExamples() {
    return EventSchemas.documentedExamples().stream();
  }

  static Stream<Arguments> schemaExamples() {
    return SCHEMAS.eventSchemaFiles().stream()
        .flatMap(
            file ->
                EventSchemas.schemaExamples(file).stream()
                    .map(example -> Arguments.of(file.getFileName().toString(), example)));
  }

  @Nested
  class TheDocumentedContract {
    @Test
    void everyEventTypeIsDocumentedWithAnExampleAndAnnotatedWithExamplesInItsSchema() {
      assertThat(documentedExamples().map(e -> JSON.read(e)).map(RiskEventJsonTest::valid))
          .extracting(e -> RiskEventJsonType.of(e))
          .containsExactlyInAnyOrder(RiskEventJsonType.values());
      assertThat(SCHEMAS.eventSchemaFiles()).hasSize(RiskEventJsonType.values().length);
      for (Path file : SCHEMAS.eventSchemaFiles()) {
        assertThat(EventSchemas.schemaExamples(file)).as(file.toString()).isNotEmpty();
      }
    }

    @ParameterizedTest
    @MethodSource("io.rampart.server.risk.json.RiskEventJsonTest#documentedExamples")
    void documentedExamplesMatchTheSchemaAndRoundTrip(String example) {
      assertThat(SCHEMAS.violations(example)).isEmpty();
      assertRoundTrips(valid(JSON.read(example)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.rampart.server.risk.json.RiskEventJsonTest#schemaExamples")
    void schemaExamplesMatchTheirSchemaAndRoundTrip(String file, String example) {
      assertThat(SCHEMAS.violations(example)).isEmpty();
      assertRoundTrips(valid(JSON.read(example)));
    }

    static Stream<String> contractBreaches() {
      return Stream.of(
          signIn("\"colour\": 1"),
          signIn("\"schemaVersion\": 2"),
          signIn("\"ip\": \"not-an-ip\""),
          signIn("").replace(", \"success\": true", ""),
          signInAt("yesterday"),
          signIn("").replace("\"e\"", "\"" + "x".repeat(129) + "\""),
          withdrawal("\"amountMinor\": 0"),
          withdrawal("\"asset\": \"btc\""),
          withdrawal("\"scale\": 31"),
          addressChange("\"kind\": \"ADDED\""),
          common("api_key_use") + "}");
    }

    @ParameterizedTest
    @MethodSource("contractBreaches")
    void theSchemasAndTheReaderRefuseTheSameBreaches(String json) {
      assertThat(SCHEMAS.violations(json)).isNotEmpty();
      assertThat(JSON.read(json)).isInstanceOf(EventCheck.Invalid.class);
    }

    @ParameterizedTest
    @MethodSource("io.rampart.server.risk.json.RiskEventJsonTest#events")
    void everyEventWrittenMatchesTheSchemaAndReadsBackEqual(RiskEvent event) {
      String written = JSON.write(event);
      assertThat(SCHEMAS.violations(written)).isEmpty();
      assertThat(valid(JSON.read(written))).isEqualTo(event);
      assertRoundTrips(event);
    }

    @ParameterizedTest
    @MethodSource("io.rampart.server.risk.json.RiskEventJsonTest#events")
    void writesFieldsInTheDocumentedOrderLeavingOutAbsentOnes(RiskEvent event) {
      String written = JSON.write(event);
      var type = RiskEventJsonType.of(event);
      int last = -1;
      for (String field : type.fields()) {
        int at = written.indexOf("\"" + field + "\":");
        if (at >= 0) {
          assertThat(at).as(field).isGreaterThan(last);
          last = at;
        }
      }
      assertThat(written).doesNotContain("null").startsWith("{\"type\":\"" + type.jsonName());
    }
  }

  @Nested
  class ReadingValues {
    @Test
    void readsTheDocumentedSignInExampleIntoTheRecord() {
      String example = documentedExamples().findFirst().orElseThrow();
      assertThat(valid(JSON.read(example)))
          .isEqualTo(
              new RiskEvent.SignInAttempt(
                  "evt-7f3a",
                  ACCOUNT,
                  AT,
                  true,
                  "198.51.100.10",
                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
                      + " Gecko) Chrome/131.0.0.0 Safari/537.36",
                  "d-5c1e",
                  false));
    }

    @Test
    void treatsNullOptionalFieldsAsLeftOutAndAppliesDefaults() {
      var event =
          valid(
              JSON.read(
                  signIn(
                      "\"ip\": null, \"userAgent\": null, \"deviceId\": null, \"mfaUsed\": null")));
      assertThat(event)
          .isEqualTo(new RiskEvent.SignInAttempt("e", ACCOUNT, AT, true, null, null, null, false));
    }

    @Test
    void acceptsRfc3339OffsetsFractionsAndLowerCaseSeparators() {
      assertThat(valid(JSON.read(signInAt("2026-11-25T09:15:02+01:00"))).occurredAt())
          .isEqualTo(AT);
      assertThat(valid(JSON.read(signInAt("2026-11-25t08:15:02.5z"))).occurredAt())
          .isEqualTo(AT.plusMillis(500));
      assertThat(valid(JSON.read(signInAt("2026-11-25T08:15:02.000000001Z"))).occurredAt())
          .isEqualTo(AT.plusNanos(1));
    }

    @Test
    void acceptsSchemaVersionOneAndTheFullSigned64BitRange() {
      var w =
          (RiskEvent.WithdrawalRequest)
              valid(
                  JSON.read(
                      withdrawal(
                          "\"schemaVersion\": 1, \"amountMinor\": 9223372036854775807,"
                              + " \"usdCents\": 9223372036854775807, \"balanceUsdCents\": 0")));
      assertThat(w.amountMinor()).isEqualTo(Long.MAX_VALUE);
      assertThat(w.balanceUsdCents()).isZero();
    }
  }

  @Nested
  class RefusingBadInput {
    static Stream<Arguments> badFields() {
      String long129 = "x".repeat(129);
      return Stream.of(
          bad(signIn("\"colour\": \"red\""), "colour", ReasonCode.REQ_UNKNOWN_FIELD),
          bad(signIn("\"asset\": \"BTC\""), "asset", ReasonCode.REQ_UNKNOWN_FIELD),
          bad(signIn("\"EventId\": \"x\""), "EventId", ReasonCode.REQ_UNKNOWN_FIELD),
          bad("{\"eventId\":\"e\"}", "type", ReasonCode.REQ_MISSING_FIELD),
          bad(signIn("").replace("sign_in_attempt", "login"), "type", ReasonCode.REQ_INVALID_FIELD),
          bad(signIn("").replace("\"sign_in_attempt\"", "7"), "type", ReasonCode.REQ_INVALID_FIELD),
          bad(
              signIn("").replace("\"eventId\": \"e\",", ""),
              "eventId",
              ReasonCode.REQ_MISSING_FIELD),
          bad(signIn("").replace("\"e\"", "null"), "eventId", ReasonCode.REQ_MISSING_FIELD),
          bad(signIn("").replace("\"e\"", "\"\""), "eventId", ReasonCode.REQ_MISSING_FIELD),
          bad(
              signIn("").replace("\"e\"", "\"" + long129 + "\""),
              "eventId",
              ReasonCode.REQ_FIELD_TOO_LONG),
          bad(
              signIn("").replace("\"e\"", "\"a\\u0007b\""),
              "eventId",
              ReasonCode.REQ_CONTROL_CHARACTERS),
          bad(signIn("").replace("\"e\"", "12"), "eventId", ReasonCode.REQ_INVALID_FIELD),
          bad(
              signIn("").replace("\"user-10492\"", "\"" + long129 + "\""),
              "accountId",
              ReasonCode.REQ_FIELD_TOO_LONG),
          bad(signInAt("yesterday"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(signInAt("2026-11-25T08:15Z"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(signInAt("2026-11-25T08:15:02"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(signInAt("2026-02-30T08:15:02Z"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(signInAt("1999-12-31T23:59:59Z"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(signInAt("2100-01-01T00:00:00Z"), "occurredAt", ReasonCode.REQ_INVALID_FIELD),
          bad(
              signIn("").replace("\"success\": true", "\"success\": \"true\""),
              "success",
              ReasonCode.REQ_INVALID_FIELD),
          bad(
              signIn("").replace(", \"success\": true", ""),
              "success",
              ReasonCode.REQ_MISSING_FIELD),
          bad(signIn("\"ip\": \"not-an-ip\""), "ip", ReasonCode.REQ_INVALID_FIELD),
          bad(signIn("\"ip\": {\"v\": 4}"), "ip", ReasonCode.REQ_INVALID_FIELD),
          bad(signIn("\"ip\": [\"10.0.0.1\"]"), "ip", ReasonCode.REQ_INVALID_FIELD),
          bad(
              signIn("\"userAgent\": \"" + "u".repeat(513) + "\""),
              "userAgent",
              ReasonCode.REQ_FIELD_TOO_LONG),
          bad(signIn("\"mfaUsed\": 1"), "mfaUsed", ReasonCode.REQ_INVALID_FIELD),
          bad(signIn("\"schemaVersion\": 2"), "schemaVersion", ReasonCode.REQ_INVALID_FIELD),
          bad(signIn("\"eventId\": \"again\""), "eventId", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"amountMinor\": 1.5"), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"amountMinor\": 1e3"), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
          bad(
              withdrawal("\"amountMinor\": 9223372036854775808"),
              "amountMinor",
              ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"amountMinor\": -1"), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"amountMinor\": 0"), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"amountMinor\": \"5\""), "amountMinor", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"scale\": 31"), "scale", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"scale\": 1099511627776"), "scale", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"usdCents\": -5"), "usdCents", ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"usdCents\": null"), "usdCents", ReasonCode.REQ_MISSING_FIELD),
          bad(withdrawal("\"asset\": \"btc\""), "asset", ReasonCode.REQ_INVALID_FIELD),
          bad(
              withdrawal("\"asset\": \"" + "B".repeat(17) + "\""),
              "asset",
              ReasonCode.REQ_FIELD_TOO_LONG),
          bad(
              withdrawal("\"destinationAddress\": \"bc1 q\""),
              "destinationAddress",
              ReasonCode.REQ_INVALID_FIELD),
          bad(
              withdrawal("\"whitelistedSince\": \"2026-11-26T00:00:00Z\""),
              "whitelistedSince",
              ReasonCode.REQ_INVALID_FIELD),
          bad(
              withdrawal("\"balanceUsdCents\": -1"),
              "balanceUsdCents",
              ReasonCode.REQ_INVALID_FIELD),
          bad(withdrawal("\"whitelisted\": \"yes\""), "whitelisted", ReasonCode.REQ_INVALID_FIELD),
          bad(addressChange("\"kind\": \"MOVED\""), "kind", ReasonCode.REQ_INVALID_FIELD),
          bad(addressChange("\"kind\": \"added\""), "kind", ReasonCode.REQ_INVALID_FIELD),
          bad(addressChange("\"kind\": \"ADDED\""), "address", ReasonCode.REQ_MISSING_FIELD),
          bad(common("address_book_change") + "}", "kind", ReasonCode.REQ_MISSING_FIELD),
          bad(
              common("security_setting_change") + ", \"setting\": \"mfa\"}",
              "setting",
              ReasonCode.REQ_INVALID_FIELD),
          bad(common("api_key_use") + "}", "keyId", ReasonCode.REQ_MISSING_FIELD),
          bad(
              common("api_key_use") + ", \"keyId\": \"k\", \"permission\": \"" + long129 + "\"}",
              "permission",
              ReasonCode.REQ_FIELD_TOO_LONG),
          bad(
              common("session_activity") + ", \"sessionId\": \"s\\n1\"}",
              "sessionId",
              ReasonCode.REQ_CONTROL_CHARACTERS),
          bad(
              common("deposit")
                  + ", \"asset\": \"BTC\", \"network\": \"bitcoin\", \"amountMinor\": 1,"
                  + " \"scale\": 8}",
              "usdCents",
              ReasonCode.REQ_MISSING_FIELD));
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("badFields")
    void reportsTheFieldAndCode(String json, String field, ReasonCode code) {
      var problems = problems(JSON.read(json));
      assertThat(problems).extracting(EventCheck.Problem::field).containsExactly(field);
      assertThat(problems).extracting(EventCheck.Problem::code).containsExactly(code);
      assertThat(problems.getFirst().message()).isNotBlank();
    }

    static Stream<Arguments> badDocuments() {
      return Stream.of(
          Arguments.of("", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("   ", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("[]", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("\"event\"", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("{", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("{\"type\": }", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of(signIn("") + " {}", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of(signIn("") + " x", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of("{\"type\": 'sign_in_attempt'}", ReasonCode.REQ_MALFORMED_BODY),
          Arguments.of(
              signIn("\"userAgent\": \"" + "u".repeat(RiskEventJson.MAX_EVENT_BYTES) + "\""),
              ReasonCode.REQ_BODY_TOO_LARGE),
          Arguments.of(
              signIn("\"deep\": " + "[".repeat(40) + "]".repeat(40)),
              ReasonCode.REQ_BODY_TOO_LARGE));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badDocuments")
    void refusesDocumentsThatAreNotOneEventObjectWithoutNamingAField(String json, ReasonCode code) {
      var problems = problems(JSON.read(json));
      assertThat(problems).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(code));
      assertThat(problems.getFirst().field()).isNull();
    }

    @Test
    void refusesInvalidUtf8AsMalformed() {
      byte[] bytes =
          signIn("\"userAgent\": \"ab\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      int at = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("ab\"");
      bytes[at] = (byte) 0xC3;
      bytes[at + 1] = (byte) 0x28;
      assertThat(problems(JSON.read(bytes)))
          .extracting(EventCheck.Problem::code)
          .containsExactly(ReasonCode.REQ_MALFORMED_BODY);
    }

    @Test
    void reportsEveryProblemAtOnceInTheDocumentedFieldOrder() {
      String json =
          "{\"colour\": 1, \"userAgent\": \""
              + "u".repeat(600)
              + "\", \"type\": \"sign_in_attempt\", \"accountId\": \"\", \"ip\": \"x y\","
              + " \"occurredAt\": \"soon\", \"amountMinor\": 5}";
      assertThat(problems(JSON.read(json)))
          .extracting(p -> p.field() + " " + p.code())
          .containsExactly(
              "eventId REQ_MISSING_FIELD",
              "accountId REQ_MISSING_FIELD",
              "occurredAt REQ_INVALID_FIELD",
              "success REQ_MISSING_FIELD",
              "ip REQ_INVALID_FIELD",
              "userAgent REQ_FIELD_TOO_LONG",
              "colour REQ_UNKNOWN_FIELD",
              "amountMinor REQ_UNKNOWN_FIELD");
    }

    @Test
    void boundsTheProblemsReportedAndTheFieldNamesEchoed() {
      var fields = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        fields.append(", \"f").append(i).append("\": ").append(i);
      }
      assertThat(problems(JSON.read(signIn(fields.substring(2)))))
          .hasSize(RiskEventJsonReader.MAX_PROBLEMS);

      String name = "bad\\u0001" + "n".repeat(200);
      var problem = problems(JSON.read(signIn("\"" + name + "\": 1"))).getFirst();
      assertThat(problem.field())
          .startsWith("bad?nnn")
          .endsWith("…")
          .hasSize(RiskEventJsonReader.MAX_ECHOED_NAME + 1);
    }
  }

  @Nested
  class WritingAssessments {
    private final Assessment assessment =
        new Assessment(
            "evt-7f3a",
            ActionType.SIGN_IN,
            Decision.CHALLENGE,
            60,
            List.of(
                new Finding.Signal(RiskReason.RISK_NEW_DEVICE, 20, "device not among the 2 known"),
                new Finding.Signal(
                    RiskReason.RISK_UNFAMILIAR_SIGN_IN, 40, "log likelihood \"ratio\" 9.1")),
            "default-2026-11-25");

    @Test
    void writesTheDecisionWithItsReasonsInAFixedOrder() {
      assertThat(JSON.write(assessment))
          .isEqualTo(
              "{\"eventId\":\"evt-7f3a\",\"action\":\"SIGN_IN\",\"decision\":\"CHALLENGE\","
                  + "\"score\":60,\"reasons\":[{\"code\":\"RISK_NEW_DEVICE\",\"points\":20,"
                  + "\"detail\":\"device not among the 2 known\"},{\"code\":"
                  + "\"RISK_UNFAMILIAR_SIGN_IN\",\"points\":40,\"detail\":\"log likelihood"
                  + " \\\"ratio\\\" 9.1\"}],\"policyVersion\":\"default-2026-11-25\"}");
    }

    @Test
    void leadsWithTheAssessmentIdWhenGivenAndWritesNoReasonsAsAnEmptyList() {
      var quiet = new Assessment("e", ActionType.DEPOSIT, Decision.ALLOW, 0, List.of(), "p-1");
      assertThat(JSON.write(quiet, "a-1"))
          .isEqualTo(
              "{\"assessmentId\":\"a-1\",\"eventId\":\"e\",\"action\":\"DEPOSIT\","
                  + "\"decision\":\"ALLOW\",\"score\":0,\"reasons\":[],\"policyVersion\":\"p-1\"}");
    }
  }

  private static void assertRoundTrips(RiskEvent event) {
    String once = JSON.write(event);
    RiskEvent back = valid(JSON.read(once));
    assertThat(back).isEqualTo(event);
    assertThat(JSON.write(back)).isEqualTo(once);
  }

  static RiskEvent valid(EventCheck check) {
    assertThat(check).isInstanceOf(EventCheck.Valid.class);
    return ((EventCheck.Valid) check).event();
  }

  static List<EventCheck.Problem> problems(EventCheck check) {
    assertThat(check).isInstanceOf(EventCheck.Invalid.class);
    return new ArrayList<>(((EventCheck.Invalid) check).problems());
  }

  private static Arguments bad(String json, String field, ReasonCode code) {
    return Arguments.of(json, field, code);
  }

  static String common(String type) {
    return "{\"type\": \""
        + type
        + "\", \"eventId\": \"e\", \"accountId\": \"user-10492\","
        + " \"occurredAt\": \"2026-11-25T08:15:02Z\"";
  }

  /** A valid sign-in with {@code more} fields added (a later duplicate replaces nothing). */
  static String signIn(String more) {
    return common("sign_in_attempt")
        + ", \"success\": true"
        + (more.isEmpty() ? "" : ", " + more)
        + "}";
  }

  private static String signInAt(String occurredAt) {
    return signIn("").replace("2026-11-25T08:15:02Z", occurredAt);
  }

  /** A valid withdrawal in which {@code override} replaces or adds fields. */
  static String withdrawal(String override) {
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("asset", "\"BTC\"");
    fields.put("network", "\"bitcoin\"");
    fields.put("amountMinor", "2500000");
    fields.put("scale", "8");
    fields.put("usdCents", "240000");
    fields.put("destinationAddress", "\"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\"");
    for (String pair : override.split(", (?=\")")) {
      int colon = pair.indexOf(':');
      fields.put(pair.substring(1, colon - 1), pair.substring(colon + 1).trim());
    }
    var json = new StringBuilder(common("withdrawal_request"));
    fields.forEach((k, v) -> json.append(", \"").append(k).append("\": ").append(v));
    return json.append('}').toString();
  }

  private static String addressChange(String more) {
    return common("address_book_change") + ", " + more + "}";
  }
}
