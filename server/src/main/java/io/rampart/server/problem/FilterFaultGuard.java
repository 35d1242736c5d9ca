package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
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
  private final FaultLog faults;

  public FilterFaultGuard(ProblemResponder responder, FaultLog faults) {
    this.responder = responder;
    this.faults = faults;
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
      if (ApiExceptionHandler.BodyProblems.isBodyTooLarge(e)) {
        responder.write(request, response, ApiExceptionHandler.BodyProblems.tooLarge());
        return;
      }
      String correlationId = faults.record(request, e);
      responder.write(
          request,
          response,
          ReasonCode.SYS_INTERNAL,
          "Rampart failed to handle this request; quote the correlation id when reporting it.",
          null,
          correlationId);
    }
  }
}
