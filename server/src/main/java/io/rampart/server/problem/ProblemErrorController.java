package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page: errors the servlet container dispatches on its own (a status
 * sent without a body, a failure outside Spring MVC) are answered as problems too.
 */
@Hidden
@Controller
final class ProblemErrorController implements ErrorController {
  private final ProblemResponder responder;

  ProblemErrorController(ProblemResponder responder) {
    this.responder = responder;
  }

  @RequestMapping("/error")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    ReasonCode code = ProblemStatus.codeForContainerStatus(status instanceof Integer s ? s : 500);
    boolean tooLarge =
        failure instanceof Throwable t && ApiExceptionHandler.BodyProblems.isBodyTooLarge(t);
    if (code == ReasonCode.SYS_INTERNAL || tooLarge) {
      responder.writeFailure(
          request,
          response,
          failure instanceof Throwable t
              ? t
              : new IllegalStateException("container error status " + status));
      return;
    }
    responder.write(request, response, code, null, null, null);
  }
}
