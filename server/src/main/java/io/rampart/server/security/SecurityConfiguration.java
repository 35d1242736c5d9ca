package io.rampart.server.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import io.rampart.identity.Identity;
import io.rampart.identity.ServiceCaller;
import io.rampart.identity.ServiceKeys;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.ProblemResponder;
import java.security.SecureRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Stateless: no HTTP session, no form login, no HTTP basic, no CSRF tokens
 * (cookie-authenticated changes are checked by origin instead). Account endpoints need a session
 * token, operator endpoints the operator token, backend endpoints a service key with the scope
 * {@link ServiceEndpoints} names; failures are problem responses like any other.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final RequestMatcher ACCOUNT_ENDPOINTS =
      new OrRequestMatcher(
          pathPattern("/api/v1/account"),
          pathPattern("/api/v1/account/**"),
          pathPattern(HttpMethod.GET, "/api/v1/sessions"),
          pathPattern(HttpMethod.DELETE, "/api/v1/sessions"),
          pathPattern("/api/v1/sessions/*"),
          pathPattern("/api/v1/step-up"),
          pathPattern("/api/v1/step-up/**"));

  static final RequestMatcher OPERATOR_ENDPOINTS = pathPattern("/api/v1/admin/**");

  /**
   * A service key without the scope an endpoint needs is told which scope; any other caller gets
   * the generic refusal.
   */
  private static ApiProblem forbidden(jakarta.servlet.http.HttpServletRequest request) {
    var authentication = SecurityContextHolder.getContextHolderStrategy().getContext();
    if (authentication.getAuthentication() != null
        && authentication.getAuthentication().getPrincipal() instanceof ServiceCaller) {
      return ServiceEndpoints.scopeFor(request)
          .map(
              scope ->
                  new ApiProblem(
                      ReasonCode.AUTH_INSUFFICIENT_SCOPE,
                      "This service key lacks the scope '" + scope.value() + "'."))
          .orElse(new ApiProblem(ReasonCode.AUTH_INSUFFICIENT_SCOPE));
    }
    return new ApiProblem(ReasonCode.AUTH_FORBIDDEN);
  }

  /**
   * Spring Security observes nothing: with an observation registry present it would otherwise run
   * each of its filters behind a decorator that opens an observation, and wrap the authorization
   * manager in one that builds an observation context for every request. {@code
   * management.observations.enable.spring.security=false} would only drop them once built, and
   * makes every other observation's name be looked up prefix by prefix. Either measurably lengthens
   * every request; {@code http.server.requests} metrics stay.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  OperatorToken operatorToken(RampartProperties properties, SecureRandom random) {
    return OperatorToken.loadOrCreate(properties.dataDir(), random);
  }

  /**
   * Requests the firewall refuses (path parameters, encoded slashes or dots, {@code ..} segments)
   * are answered as {@code REQ_BAD_REQUEST} problems; the firewall's reason is not echoed.
   */
  @Bean
  RequestRejectedHandler rejectedRequests(ProblemResponder responder) {
    return (request, response, rejected) ->
        responder.write(request, response, new ApiProblem(ReasonCode.REQ_BAD_REQUEST));
  }

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      Identity identity,
      OperatorToken operatorToken,
      ServiceKeys serviceKeys,
      RampartProperties properties,
      ProblemResponder responder) {
    var sessions =
        new SessionTokenFilter(
            identity,
            new CookieOriginCheck(properties.publicBaseUrl()),
            responder,
            ACCOUNT_ENDPOINTS);
    var operators = new OperatorTokenFilter(operatorToken, OPERATOR_ENDPOINTS);
    var services = new ServiceKeyFilter(serviceKeys, ServiceEndpoints.ALL);
    return http.csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .servletApi(AbstractHttpConfigurer::disable)
        .headers(h -> h.defaultsDisabled().addHeaderWriter(new SecurityHeaders()))
        .addFilterBefore(operators, AuthorizationFilter.class)
        .addFilterBefore(sessions, AuthorizationFilter.class)
        .addFilterBefore(services, AuthorizationFilter.class)
        .authorizeHttpRequests(
            a -> {
              a.requestMatchers(OPERATOR_ENDPOINTS)
                  .hasAuthority(OperatorTokenFilter.ROLE)
                  .requestMatchers(ACCOUNT_ENDPOINTS)
                  .hasAuthority(SessionTokenFilter.ROLE);
              for (ServiceEndpoints.Entry endpoint : ServiceEndpoints.TABLE) {
                a.requestMatchers(endpoint.matcher()).hasAuthority(endpoint.scope().authority());
              }
              a.requestMatchers(ServiceEndpoints.ALL).authenticated().anyRequest().permitAll();
            })
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) -> {
                          Object refusal = request.getAttribute(SessionTokenFilter.REFUSAL);
                          ReasonCode code =
                              refusal instanceof ReasonCode reason
                                  ? reason
                                  : ReasonCode.AUTH_UNAUTHENTICATED;
                          response.setHeader("WWW-Authenticate", "Bearer");
                          responder.write(request, response, new ApiProblem(code));
                        })
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            responder.write(request, response, forbidden(request))))
        .build();
  }
}
