package io.rampart.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.IdGenerator;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
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
