package io.rampart.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.IdGenerator;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one answer to an unexpected failure, shared by the exception handler and the filter guard.
 */
class ProblemResponderTest {
  private static final UUID CORRELATION = UUID.fromString("01900000-0000-7000-8000-000000000002");
  private final JsonMapper json = JsonMapper.builder().build();
  private final AtomicInteger idsIssued = new AtomicInteger();
  private final IdGenerator ids =
      () -> {
        idsIssued.incrementAndGet();
        return CORRELATION;
      };
  private final ProblemResponder responder = new ProblemResponder(json, new FaultLog(ids));

  @Test
  void answersAnUnexpectedFailureWithAnInternalProblemUnderAFreshCorrelationId()
      throws IOException {
    var response = new MockHttpServletResponse();

    responder.writeFailure(
        new MockHttpServletRequest("POST", "/api/v1/sessions"),
        response,
        new IllegalStateException("pool exhausted at jdbc:postgresql://db/rampart"));

    assertThat(response.getStatus()).isEqualTo(500);
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.path("code").asString()).isEqualTo("SYS_INTERNAL");
    assertThat(body.path("correlationId").asString()).isEqualTo(CORRELATION.toString());
    assertThat(response.getContentAsString()).doesNotContain("jdbc", "IllegalState");
    assertThat(idsIssued).hasValue(1);
  }

  @Test
  void answersAnUnreachableDatabaseAsUnavailableWithRetryAfterAndNoCorrelationId()
      throws IOException {
    var response = new MockHttpServletResponse();
    var timedOut =
        new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection",
            new SQLTransientConnectionException(
                "rampart - Connection is not available, request timed out after 3000ms"));

    responder.writeFailure(
        new MockHttpServletRequest("GET", "/api/v1/account"), response, timedOut);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.path("code").asString()).isEqualTo("SYS_UNAVAILABLE");
    assertThat(body.has("correlationId")).isFalse();
    assertThat(response.getContentAsString()).doesNotContain("JDBC", "rampart -");
  }

  @Test
  void answersAConnectionTheDatabaseClosedAsUnavailable() throws IOException {
    var response = new MockHttpServletResponse();
    var shutDown =
        new CannotCreateTransactionException(
            "Could not open JDBC Connection for transaction",
            new SQLException("terminating connection due to administrator command", "57P01"));

    responder.writeFailure(
        new MockHttpServletRequest("POST", "/api/v1/sessions"), response, shutDown);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(json.readTree(response.getContentAsString()).path("code").asString())
        .isEqualTo("SYS_UNAVAILABLE");
  }

  @Test
  void answersOtherDatabaseErrorsAsInternal() throws IOException {
    var response = new MockHttpServletResponse();

    responder.writeFailure(
        new MockHttpServletRequest("POST", "/api/v1/sessions"),
        response,
        new SQLException("duplicate key value violates unique constraint", "23505"));

    assertThat(response.getStatus()).isEqualTo(500);
  }

  @Test
  void answersABodyOverTheLimitAsTheClientsProblemWithoutRecordingAFault() throws IOException {
    var response = new MockHttpServletResponse();

    responder.writeFailure(
        new MockHttpServletRequest("POST", "/api/v1/accounts"),
        response,
        new RuntimeException(new BodySizeLimit.BodyTooLargeException(BodySizeLimit.MAX_BYTES)));

    assertThat(response.getStatus()).isEqualTo(413);
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.path("code").asString()).isEqualTo("REQ_BODY_TOO_LARGE");
    assertThat(body.has("correlationId")).isFalse();
    assertThat(idsIssued).hasValue(0);
  }
}
