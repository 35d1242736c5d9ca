package io.rampart.server.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The endpoints backend systems call with a service key, and the scope each needs. A new one is a
 * line here; {@link SecurityConfiguration} enforces the table and names the missing scope in the
 * {@code 403}.
 */
final class ServiceEndpoints {
  record Entry(RequestMatcher matcher, ServiceScope scope) {}

  /** Every path under which a service key is the credential. */
  static final RequestMatcher ALL =
      new OrRequestMatcher(pathPattern("/api/v1/risk/**"), pathPattern("/api/v1/screening/**"));

  static final List<Entry> TABLE =
      List.of(
          new Entry(
              pathPattern(HttpMethod.POST, "/api/v1/risk/evaluate"), ServiceScope.RISK_EVALUATE),
          new Entry(pathPattern(HttpMethod.POST, "/api/v1/risk/events"), ServiceScope.EVENTS_WRITE),
          new Entry(pathPattern(HttpMethod.GET, "/api/v1/risk/**"), ServiceScope.RISK_READ),
          new Entry(
              pathPattern(HttpMethod.POST, "/api/v1/screening/names"),
              ServiceScope.SCREENING_SCREEN),
          new Entry(
              pathPattern(HttpMethod.POST, "/api/v1/screening/addresses"),
              ServiceScope.SCREENING_SCREEN));

  private ServiceEndpoints() {}

  /** The scope the request needs, if it is one of the table's endpoints. */
  static Optional<ServiceScope> scopeFor(HttpServletRequest request) {
    return TABLE.stream().filter(e -> e.matcher().matches(request)).map(Entry::scope).findFirst();
  }
}
