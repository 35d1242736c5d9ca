package io.rampart.server.security;

import io.rampart.identity.ServiceCaller;
import io.rampart.identity.ServiceKeys;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.ProblemResponder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Serves one busy backend endpoint in front of Spring Security's filter chain and Spring MVC, when
 * the call is an ordinary one: exactly its method and path, a service key holding the endpoint's
 * scope, a JSON body, and no {@code Accept} or one that takes JSON. Any other request goes on
 * through the whole chain, which answers it as it answers every endpoint (401, 403, 406, 415 and
 * the rest), so the shortcut refuses nothing itself; what it serves gets the same headers ({@link
 * SecurityHeaders}), the same problem responses and the same {@code http.server.requests} metrics.
 *
 * <p>Why: on {@code POST /api/v1/risk/evaluate} at 5,000 calls/s, the filters and the dispatch the
 * shortcut skips took about a third of the request threads' CPU, several times the endpoint's own
 * work (docs/benchmarks.md).
 */
public final class ServiceShortcut extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** What the endpoint does once its caller is known. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @throws ApiProblem to refuse the call with a problem response
     * @throws IOException when the request cannot be read or the client is gone
     */
    void handle(HttpServletRequest request, HttpServletResponse response, ServiceCaller caller)
        throws IOException;
  }

  /**
   * Behind the outermost filters (the fault guard, the body size limit) and the one that times
   * every request for {@code http.server.requests}; ahead of the rest, Spring Security's chain
   * included.
   */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

  private static final String JSON = "application/json";

  private final transient Function<String, Optional<ServiceCaller>> keys;
  private final transient SecurityHeaders headers;
  private final transient ProblemResponder problems;
  private final String method;
  private final String path;
  private final ServiceScope scope;
  private final transient Handler handler;

  ServiceShortcut(
      Function<String, Optional<ServiceCaller>> keys,
      SecurityHeaders headers,
      ProblemResponder problems,
      String method,
      String path,
      ServiceScope scope,
      Handler handler) {
    this.keys = keys;
    this.headers = headers;
    this.problems = problems;
    this.method = method;
    this.path = path;
    this.scope = scope;
    this.handler = handler;
  }

  /** The shortcut for {@code method path}, for callers whose key holds {@code scope}. */
  public static FilterRegistrationBean<ServiceShortcut> register(
      ServiceKeys keys,
      ProblemResponder problems,
      HttpMethod method,
      String path,
      ServiceScope scope,
      Handler handler) {
    var registration =
        new FilterRegistrationBean<>(
            new ServiceShortcut(
                keys::authenticate,
                new SecurityHeaders(),
                problems,
                method.name(),
                path,
                scope,
                handler));
    registration.setOrder(ORDER);
    registration.addUrlPatterns(path);
    return registration;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ServiceCaller caller = ordinaryCaller(request);
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    ServerHttpObservationFilter.findObservationContext(request)
        .ifPresent(observation -> observation.setPathPattern(path));
    headers.writeHeaders(request, response);
    try {
      handler.handle(request, response, caller);
    } catch (ApiProblem problem) {
      problems.write(request, response, problem);
    }
  }

  /** The caller when the request is one the shortcut serves, else {@code null}. */
  private ServiceCaller ordinaryCaller(HttpServletRequest request) {
    if (!path.equals(request.getRequestURI())
        || !method.equals(request.getMethod())
        || !isJson(request.getContentType())
        || !acceptsJson(request.getHeaders("Accept"))) {
      return null;
    }
    Optional<ServiceCaller> caller = Credentials.bearer(request).flatMap(keys);
    return caller.filter(c -> c.may(scope.value())).orElse(null);
  }

  /** {@code application/json}, with or without parameters. */
  static boolean isJson(String contentType) {
    return contentType != null
        && contentType.regionMatches(true, 0, JSON, 0, JSON.length())
        && (contentType.length() == JSON.length() || contentType.charAt(JSON.length()) == ';');
  }

  /**
   * No {@code Accept}, or only the plain values that take JSON; anything else (several types,
   * weights, wildcards by type) is left for Spring MVC to negotiate.
   */
  static boolean acceptsJson(Enumeration<String> accept) {
    while (accept.hasMoreElements()) {
      String value = accept.nextElement().strip();
      if (!value.equalsIgnoreCase(JSON) && !value.equals("*/*")) {
        return false;
      }
    }
    return true;
  }
}
