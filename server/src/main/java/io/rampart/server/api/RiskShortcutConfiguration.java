package io.rampart.server.api;

import io.rampart.identity.ServiceKeys;
import io.rampart.server.problem.ProblemResponder;
import io.rampart.server.security.ServiceScope;
import io.rampart.server.security.ServiceShortcut;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * {@code POST /api/v1/risk/evaluate}, the call a venue makes on every sign-in and withdrawal,
 * served by {@link RiskController#evaluate} through a {@link ServiceShortcut} when it is an
 * ordinary call; the controller's mapping answers the rest (and describes the endpoint in the
 * OpenAPI document).
 */
@Configuration(proxyBeanMethods = false)
class RiskShortcutConfiguration {
  @Bean
  FilterRegistrationBean<ServiceShortcut> evaluateShortcut(
      ServiceKeys keys, ProblemResponder problems, RiskController risk) {
    return ServiceShortcut.register(
        keys,
        problems,
        HttpMethod.POST,
        RiskController.EVALUATE,
        ServiceScope.RISK_EVALUATE,
        risk::evaluate);
  }
}
