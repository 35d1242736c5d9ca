package io.rampart.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.ServiceCaller;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.FaultLog;
import io.rampart.server.problem.ProblemResponder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ServiceShortcutTest {
  private static final String PATH = "/api/v1/risk/evaluate";
  private static final UUID CORRELATION = UUID.fromString("01900000-0000-7000-8000-000000000001");
  private static final ServiceCaller EVALUATOR =
      new ServiceCaller(UUID.randomUUID(), "exchange", Set.of("risk:evaluate", "risk:read"));
  private static final ServiceCaller READER =
      new ServiceCaller(UUID.randomUUID(), "reader", Set.of("risk:read"));

  private final List<ServiceCaller> served = new ArrayList<>();
  private final ServiceShortcut shortcut =
      new ServiceShortcut(
          ServiceShortcutTest::authenticate,
          new SecurityHeaders(),
          new ProblemResponder(JsonMapper.builder().build(), new FaultLog(() -> CORRELATION)),
          "POST",
          PATH,
          ServiceScope.RISK_EVALUATE,
          (request, response, caller) -> {
            served.add(caller);
            if (request.getContentLength() == 0) {
              throw new ApiProblem(ReasonCode.REQ_MALFORMED_BODY, "Empty.");
            }
            response.setStatus(200);
            response.getOutputStream().write('{');
          });

  private static Optional<ServiceCaller> authenticate(String key) {
    return switch (key) {
      case "evaluator-key" -> Optional.of(EVALUATOR);
      case "reader-key" -> Optional.of(READER);
      default -> Optional.empty();
    };
  }

  private static MockHttpServletRequest ordinary() {
    var request = new MockHttpServletRequest("POST", PATH);
    request.addHeader("Authorization", "Bearer evaluator-key");
    request.setContentType("application/json");
    request.setContent(new byte[] {'{', '}'});
    return request;
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("an ordinary call", true, change(r -> {})),
        Arguments.of(
            "JSON with a charset",
            true,
            change(r -> r.setContentType("application/json; charset=UTF-8"))),
        Arguments.of(
            "Accept: application/json",
            true,
            change(r -> r.addHeader("Accept", "application/json"))),
        Arguments.of("Accept: */*", true, change(r -> r.addHeader("Accept", "*/*"))),
        Arguments.of(
            "the bearer scheme in lower case",
            true,
            change(r -> replace(r, "Authorization", "bearer evaluator-key"))),
        Arguments.of("no key", false, change(r -> r.removeHeader("Authorization"))),
        Arguments.of(
            "an unknown key", false, change(r -> replace(r, "Authorization", "Bearer guessed"))),
        Arguments.of(
            "a key without the scope",
            false,
            change(r -> replace(r, "Authorization", "Bearer reader-key"))),
        Arguments.of(
            "another scheme",
            false,
            change(r -> replace(r, "Authorization", "Basic evaluator-key"))),
        Arguments.of("another method", false, change(r -> r.setMethod("PUT"))),
        Arguments.of("another path", false, change(r -> r.setRequestURI(PATH + "/"))),
        Arguments.of("a path parameter", false, change(r -> r.setRequestURI(PATH + ";v=1"))),
        Arguments.of("no content type", false, change(r -> r.setContentType(null))),
        Arguments.of(
            "a form", false, change(r -> r.setContentType("application/x-www-form-urlencoded"))),
        Arguments.of(
            "a JSON look-alike", false, change(r -> r.setContentType("application/jsonx"))),
        Arguments.of("Accept: text/plain", false, change(r -> r.addHeader("Accept", "text/plain"))),
        Arguments.of(
            "Accept with a weight",
            false,
            change(r -> r.addHeader("Accept", "application/json;q=0"))),
        Arguments.of(
            "Accept listing types",
            false,
            change(r -> r.addHeader("Accept", "application/json, text/plain"))),
        Arguments.of(
            "two Accept headers",
            false,
            change(
                r -> {
                  r.addHeader("Accept", "application/json");
                  r.addHeader("Accept", "text/html");
                })));
  }

  private static Consumer<MockHttpServletRequest> change(Consumer<MockHttpServletRequest> c) {
    return c;
  }

  private static void replace(MockHttpServletRequest request, String name, String value) {
    request.removeHeader(name);
    request.addHeader(name, value);
  }

  @ParameterizedTest(name = "{0}: served {1}")
  @MethodSource("requests")
  void servesOnlyTheOrdinaryCallAndPassesTheRestOn(
      String name, boolean serve, Consumer<MockHttpServletRequest> change) throws Exception {
    MockHttpServletRequest request = ordinary();
    change.accept(request);
    var response = new MockHttpServletResponse();
    List<Object> passedOn = new ArrayList<>();

    shortcut.doFilter(request, response, (req, res) -> passedOn.add(req));

    assertThat(served).as("served").hasSize(serve ? 1 : 0);
    assertThat(passedOn).as("passed on").hasSize(serve ? 0 : 1);
    if (serve) {
      assertThat(served.getFirst()).isEqualTo(EVALUATOR);
      assertThat(response.getStatus()).isEqualTo(200);
    }
  }

  @Test
  void answersAProblemTheHandlerRaisesAsAProblemResponse() throws Exception {
    MockHttpServletRequest request = ordinary();
    request.setContent(new byte[0]);
    var response = new MockHttpServletResponse();

    shortcut.doFilter(request, response, (req, res) -> {});

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("REQ_MALFORMED_BODY");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
