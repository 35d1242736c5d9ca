package io.rampart.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.IdGenerator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FilterFaultGuardTest {
  private static final UUID CORRELATION = UUID.fromString("01900000-0000-7000-8000-000000000001");
  private final JsonMapper json = JsonMapper.builder().build();
  private final IdGenerator ids = () -> CORRELATION;
  private final FilterFaultGuard guard =
      new FilterFaultGuard(new ProblemResponder(json, new FaultLog(ids)));

  @Test
  void answersAFailureInALaterFilterWithAGenericInternalProblem() throws Exception {
    var request = new MockHttpServletRequest("GET", "/api/v1/account");
    var response = new MockHttpServletResponse();

    guard.doFilter(
        request,
        response,
        (req, res) -> {
          throw new IllegalStateException("database password is hunter2");
        });

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.path("code").asString()).isEqualTo("SYS_INTERNAL");
    assertThat(body.path("correlationId").asString()).isEqualTo(CORRELATION.toString());
    assertThat(response.getContentAsString()).doesNotContain("hunter2", "IllegalState");
  }

  @Test
  void answersAnExpectedProblemRaisedInAFilterAsThatProblem() throws Exception {
    var request = new MockHttpServletRequest("GET", "/api/v1/account");
    var response = new MockHttpServletResponse();

    guard.doFilter(
        request,
        response,
        (req, res) -> {
          throw new ApiProblem(io.rampart.kernel.ReasonCode.AUTH_FORBIDDEN);
        });

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(json.readTree(response.getContentAsString()).has("correlationId")).isFalse();
  }
}
