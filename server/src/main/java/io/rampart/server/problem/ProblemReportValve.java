package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report, as a problem: used for errors that never reach Spring MVC, so the body has
 * the same shape, code and media type as every other error, and neither server name nor stack.
 */
final class ProblemReportValve extends ErrorReportValve {
  private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

  private final ProblemResponder responder;

  ProblemReportValve(ProblemResponder responder) {
    this.responder = responder;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable failure) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
    ReasonCode code = ProblemStatus.codeForContainerStatus(status);
    try {
      if (code == ReasonCode.SYS_INTERNAL) {
        responder.writeFailure(
            request,
            response,
            failure != null ? failure : new IllegalStateException("container status " + status));
      } else {
        responder.write(request, response, code, null, null, null);
      }
    } catch (IOException | RuntimeException e) {
      log.debug("Could not write the problem for container status {}", status, e);
    }
  }
}
