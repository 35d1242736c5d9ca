package io.rampart.server.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: whatever a filter behind it throws becomes a problem response instead of
 * the container's error page.
 */
public final class FilterFaultGuard extends OncePerRequestFilter {
  private final ProblemResponder responder;

  public FilterFaultGuard(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    try {
      chain.doFilter(request, response);
    } catch (ApiProblem problem) {
      responder.write(request, response, problem);
    } catch (IOException | ServletException | RuntimeException e) {
      responder.writeFailure(request, response, e);
    }
  }
}
