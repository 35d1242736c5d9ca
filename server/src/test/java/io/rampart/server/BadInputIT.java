package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import tools.jackson.databind.JsonNode;

/** Every kind of bad input gets a problem response with a stable code, and writes nothing. */
class BadInputIT extends ServerTestBase {
  private static final String ACCOUNTS = "/api/v1/accounts";
  private static final String SESSIONS = "/api/v1/sessions";
  private static final String VERIFICATION = "/api/v1/accounts/email-verification";
  private static final String JSON = "application/json";
  private static final String OK_EMAIL = "someone@example.com";
  private static final String OK_PASSWORD = "Tangerine-Harbour-Lantern-47";

  record Case(
      String method, String path, String contentType, String body, int status, String code) {}

  private static Arguments bad(
      String name, String path, String contentType, String body, int status, String code) {
    return Arguments.of(Named.of(name, new Case("POST", path, contentType, body, status, code)));
  }

  private static String credentials(String email, String password) {
    return "{\"email\":" + email + ",\"password\":" + password + "}";
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  static Stream<Arguments> badBodies() {
    String email = quoted(OK_EMAIL);
    String password = quoted(OK_PASSWORD);
    return Stream.of(
        bad("malformed JSON", ACCOUNTS, JSON, "{\"email\":", 400, "REQ_MALFORMED_BODY"),
        bad("not an object", ACCOUNTS, JSON, "[1,2]", 400, "REQ_MALFORMED_BODY"),
        bad("empty body", ACCOUNTS, JSON, "", 400, "REQ_MALFORMED_BODY"),
        bad(
            "trailing content",
            ACCOUNTS,
            JSON,
            credentials(email, password) + " {}",
            400,
            "REQ_MALFORMED_BODY"),
        bad(
            "duplicate key",
            ACCOUNTS,
            JSON,
            "{\"email\":" + email + ",\"email\":" + email + ",\"password\":" + password + "}",
            400,
            "REQ_MALFORMED_BODY"),
        bad(
            "number for a string",
            ACCOUNTS,
            JSON,
            credentials("42", password),
            400,
            "REQ_INVALID_FIELD"),
        bad(
            "boolean for a string",
            ACCOUNTS,
            JSON,
            credentials(email, "true"),
            400,
            "REQ_INVALID_FIELD"),
        bad(
            "object for a string",
            ACCOUNTS,
            JSON,
            credentials("{}", password),
            400,
            "REQ_INVALID_FIELD"),
        bad(
            "unknown field",
            ACCOUNTS,
            JSON,
            "{\"email\":" + email + ",\"password\":" + password + ",\"admin\":true}",
            400,
            "REQ_UNKNOWN_FIELD"),
        bad("missing field", ACCOUNTS, JSON, "{\"email\":" + email + "}", 400, "REQ_MISSING_FIELD"),
        bad("null field", ACCOUNTS, JSON, credentials("null", password), 400, "REQ_MISSING_FIELD"),
        bad(
            "e-mail over 254",
            ACCOUNTS,
            JSON,
            credentials(quoted("a".repeat(250) + "@example.com"), password),
            400,
            "REQ_FIELD_TOO_LONG"),
        bad(
            "password over 1024",
            ACCOUNTS,
            JSON,
            credentials(email, quoted("p".repeat(1025))),
            400,
            "REQ_FIELD_TOO_LONG"),
        bad(
            "control character in e-mail",
            ACCOUNTS,
            JSON,
            credentials(quoted("some\\u0000one@example.com"), password),
            400,
            "REQ_CONTROL_CHARACTERS"),
        bad(
            "newline in password",
            ACCOUNTS,
            JSON,
            credentials(email, quoted("Tangerine\\nHarbour-Lantern-47")),
            400,
            "REQ_CONTROL_CHARACTERS"),
        bad(
            "invalid e-mail",
            ACCOUNTS,
            JSON,
            credentials(quoted("not-an-address"), password),
            400,
            "REQ_INVALID_EMAIL"),
        bad(
            "wrong media type",
            ACCOUNTS,
            "text/plain",
            credentials(email, password),
            415,
            "REQ_UNSUPPORTED_MEDIA_TYPE"),
        bad(
            "body over 64 KiB",
            ACCOUNTS,
            JSON,
            credentials(email, quoted("p".repeat(70 * 1024))),
            413,
            "REQ_BODY_TOO_LARGE"),
        bad(
            "sign-in with invalid e-mail",
            SESSIONS,
            JSON,
            credentials(quoted("nobody"), password),
            400,
            "REQ_INVALID_EMAIL"),
        bad(
            "sign-in with unknown field",
            SESSIONS,
            JSON,
            "{\"email\":" + email + ",\"password\":" + password + ",\"remember\":1}",
            400,
            "REQ_UNKNOWN_FIELD"),
        bad(
            "token over 256",
            VERIFICATION,
            JSON,
            "{\"token\":" + quoted("t".repeat(257)) + "}",
            400,
            "REQ_FIELD_TOO_LONG"),
        bad(
            "token as a number",
            VERIFICATION,
            JSON,
            "{\"token\":12345}",
            400,
            "REQ_INVALID_FIELD"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void answersBadBodiesWithAProblemAndWritesNothing(Case c) {
    Writes before = writes();

    ApiClient.Reply reply = api.method(c.method(), c.path()).body(c.contentType(), c.body()).send();

    assertProblem(reply, c.status(), c.code());
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void refusesAChunkedBodyOverTheLimitWhileReadingIt() {
    Writes before = writes();
    byte[] body =
        credentials(quoted(OK_EMAIL), quoted("p".repeat(100 * 1024)))
            .getBytes(StandardCharsets.UTF_8);

    ApiClient.Reply reply = api.post(ACCOUNTS).chunked(JSON, body).send();

    assertProblem(reply, 413, "REQ_BODY_TOO_LARGE");
    assertThat(writes()).isEqualTo(before);
  }

  static Stream<Arguments> badRoutes() {
    return Stream.of(
        Arguments.of(
            Named.of(
                "unknown API route",
                new Case("GET", "/api/v1/nothing-here", null, null, 404, "REQ_NOT_FOUND"))),
        Arguments.of(
            Named.of(
                "unknown page",
                new Case("GET", "/no/such/page", null, null, 404, "REQ_NOT_FOUND"))),
        Arguments.of(
            Named.of(
                "wrong method",
                new Case("GET", ACCOUNTS, null, null, 405, "REQ_METHOD_NOT_ALLOWED"))),
        Arguments.of(
            Named.of(
                "wrong method on sessions",
                new Case("PATCH", SESSIONS, null, null, 405, "REQ_METHOD_NOT_ALLOWED"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRoutes")
  void answersBadRoutesWithAProblem(Case c) {
    ApiClient.Reply reply = api.method(c.method(), c.path()).send();

    assertProblem(reply, c.status(), c.code());
  }

  @Test
  void answersAnAcceptThatRulesOutJsonWithANotAcceptableProblemAndWritesNothing() {
    SignedIn session = signedIn(verifiedAccount());
    Writes before = writes();

    ApiClient.Reply read =
        api.get("/api/v1/account")
            .bearer(session.token())
            .header("Accept", "application/xml")
            .send();
    ApiClient.Reply register =
        api.post(ACCOUNTS)
            .header("Accept", "application/xml")
            .body(JSON, credentials(quoted(freshEmail()), quoted(PASSWORD)))
            .send();

    assertProblem(read, 406, "REQ_NOT_ACCEPTABLE");
    assertProblem(register, 406, "REQ_NOT_ACCEPTABLE");
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void refusesABadQueryParameter() {
    SignedIn session = signedIn(verifiedAccount());

    ApiClient.Reply wrongType =
        api.get("/api/v1/account/activity?limit=many").bearer(session.token()).send();
    ApiClient.Reply outOfRange =
        api.get("/api/v1/account/activity?limit=100000").bearer(session.token()).send();

    assertProblem(wrongType, 400, "REQ_INVALID_PARAMETER");
    assertProblem(outOfRange, 400, "REQ_INVALID_PARAMETER");
  }

  @Test
  void refusesAMalformedSessionId() {
    SignedIn session = signedIn(verifiedAccount());

    ApiClient.Reply reply =
        api.delete("/api/v1/sessions/not-a-uuid").bearer(session.token()).send();

    assertProblem(reply, 400, "REQ_INVALID_PARAMETER");
  }

  static Stream<Arguments> requestsTheContainerRefuses() {
    return Stream.of(
        Arguments.of(Named.of("encoded slash", "/api/v1/admin%2Foutbox")),
        Arguments.of(Named.of("encoded NUL", "/api/v1/accounts%00")),
        Arguments.of(Named.of("invalid escape", "/api/v1/%zz")),
        Arguments.of(Named.of("truncated escape", "/api/v1/accounts%2")));
  }

  /** Tomcat refuses these before any filter runs; its error report must still be a problem. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestsTheContainerRefuses")
  void answersRequestsTheContainerRefusesWithAProblem(String target) {
    ApiClient.Reply reply = RawHttp.get(port, target);

    assertProblem(reply, 400, "REQ_BAD_REQUEST");
    assertThat(reply.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    assertThat(reply.header("Server")).isNull();
  }

  @Test
  void answersARequestHeaderOverTheLimitWithAProblemAndNoStackTraceInTheLog() {
    ListAppender<ILoggingEvent> tomcat = new ListAppender<>();
    Logger parser =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(TOMCAT_REQUEST_PARSER);
    tomcat.start();
    parser.addAppender(tomcat);
    ApiClient.Reply reply;
    try {
      reply = RawHttp.get(port, "/api/v1/account", "X-Padding: " + "a".repeat(9 * 1024));
    } finally {
      parser.detachAppender(tomcat);
    }

    assertProblem(reply, 400, "REQ_BAD_REQUEST");
    assertThat(reply.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    assertThat(tomcat.list).isEmpty();
    assertThat(logging.getLoggerConfiguration(TOMCAT_REQUEST_PARSER).getEffectiveLevel())
        .as("Tomcat logs the first unparsable request of a day at INFO, with a stack trace")
        .isGreaterThanOrEqualTo(LogLevel.WARN);
  }

  static Stream<Arguments> requestsTheFirewallRefuses() {
    return Stream.of(
        Arguments.of(Named.of("path parameter and dot-dot", "/api/v1/..;/admin/outbox")),
        Arguments.of(Named.of("encoded dots", "/api/v1/%2e%2e/admin/outbox")),
        Arguments.of(Named.of("encoded percent", "/api/v1/accounts%2525")),
        Arguments.of(Named.of("double slash", "/api/v1//admin/outbox")),
        Arguments.of(Named.of("path parameter", "/api/v1/account;jsessionid=x")));
  }

  /** Spring Security's firewall refuses these; the answer says the request, not a body, is bad. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestsTheFirewallRefuses")
  void answersRequestsTheFirewallRefusesAsBadRequests(String target) {
    ApiClient.Reply reply = RawHttp.get(port, target);

    assertProblem(reply, 400, "REQ_BAD_REQUEST");
  }

  private static final String TOMCAT_REQUEST_PARSER = "org.apache.coyote.http11.Http11Processor";

  @Autowired LoggingSystem logging;

  private static void assertProblem(ApiClient.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.path("code").asString()).isEqualTo(code);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asString())
        .isEqualTo("https://rampart.dev/problems/" + code.toLowerCase().replace('_', '-'));
    assertThat(body.path("title").asString()).isNotBlank();
    assertThat(body.path("detail").asString()).isNotBlank();
    assertThat(body.path("instance").asString()).startsWith("/");
    assertThat(reply.body())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("at io.", "at org.", "tools.jackson", "springframework");
  }
}
