package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.ObservationAuthorizationManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class OperabilityIT extends ServerTestBase {
  @Autowired SecurityFilterChain securityChain;
  @Autowired DispatcherServlet dispatcher;

  @Test
  void reportsHealthWithTheDatabase() {
    ApiClient.Reply reply = api.get("/actuator/health").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("status").asString()).isEqualTo("UP");
    assertThat(reply.json().path("components").path("db").path("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void reportsReadinessWithTheDatabaseAndLivenessWithout() {
    ApiClient.Reply readiness = api.get("/actuator/health/readiness").send();
    ApiClient.Reply liveness = api.get("/actuator/health/liveness").send();

    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().path("components").propertyNames())
        .containsExactlyInAnyOrder("readinessState", "db");
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.json().path("components").has("db")).isFalse();
  }

  @Test
  void exposesSignInAndOutboxMetricsForPrometheus() {
    String email = verifiedAccount();
    signedIn(email);
    signIn(email, "Not-The-Right-Passphrase-11");

    ApiClient.Reply reply = api.get("/actuator/prometheus").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("rampart_signin_total{outcome=\"success\"}")
        .contains("rampart_signin_total{outcome=\"invalid_credentials\"}")
        .contains("rampart_signin_throttled_total")
        .contains("rampart_outbox_backlog");
  }

  @Test
  void timesRequestsWithoutAnObservationPerSecurityStep() {
    api.get("/api/v1/admin/service-keys/scopes").bearer(operatorToken()).send();

    assertThat(api.get("/actuator/prometheus").send().body())
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/api/v1/admin/service-keys/scopes\"")
        .doesNotContain("spring_security_");
    AuthorizationFilter authorization =
        securityChain.getFilters().stream()
            .filter(AuthorizationFilter.class::isInstance)
            .map(AuthorizationFilter.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(authorization.getAuthorizationManager())
        .isNotInstanceOf(ObservationAuthorizationManager.class);
  }

  @Test
  void asksTheApplicationsMappingsForAHandlerBeforeTheActuators() {
    api.get("/actuator/health").send();

    assertThat(dispatcher.getHandlerMappings())
        .first()
        .isInstanceOf(RequestMappingHandlerMapping.class);
    assertThat(dispatcher.getHandlerMappings())
        .anyMatch(m -> m.getClass().getName().contains("Endpoint"));
  }

  @Test
  void exposesNoOtherActuatorEndpoint() {
    assertThat(api.get("/actuator/env").send().status()).isEqualTo(404);
    assertThat(api.get("/actuator/beans").send().status()).isEqualTo(404);
  }

  @Test
  void documentsEveryEndpointWithItsProblems() {
    ApiClient.Reply reply = api.get("/v3/api-docs").send();

    assertThat(reply.status()).isEqualTo(200);
    JsonNode paths = reply.json().path("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/accounts",
            "/api/v1/accounts/email-verification",
            "/api/v1/sessions",
            "/api/v1/sessions/current",
            "/api/v1/sessions/{id}",
            "/api/v1/account",
            "/api/v1/account/password",
            "/api/v1/account/activity",
            "/api/v1/admin/audit/verification",
            "/api/v1/admin/outbox",
            "/verify-email");
    JsonNode signIn = paths.path("/api/v1/sessions").path("post");
    assertThat(signIn.path("requestBody").isMissingNode()).isFalse();
    assertThat(signIn.path("responses").path("429").path("content").has("application/problem+json"))
        .isTrue();
    assertThat(signIn.path("responses").path("401").path("description").asString())
        .contains("AUTH_INVALID_CREDENTIALS");
    assertThat(reply.json().path("components").path("schemas").has("Problem")).isTrue();
  }

  @Test
  void sendsSecurityHeaders() {
    ApiClient.Reply reply = api.get("/verify-email?token=abc").send();

    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
  }
}
