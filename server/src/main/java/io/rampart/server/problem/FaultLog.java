package io.rampart.server.problem;

import io.rampart.kernel.IdGenerator;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs an unexpected failure once, under a fresh correlation id that the client also receives in
 * the problem body, so a report from a client leads to exactly one log entry.
 */
@Component
public final class FaultLog {
  private static final Logger log = LoggerFactory.getLogger(FaultLog.class);

  private final IdGenerator ids;

  public FaultLog(IdGenerator ids) {
    this.ids = ids;
  }

  /** Logs {@code failure} and returns its correlation id. */
  public String record(HttpServletRequest request, Throwable failure) {
    String correlationId = ids.newId().toString();
    log.error(
        "Unexpected failure handling {} {} [correlationId={}]",
        request.getMethod(),
        request.getRequestURI(),
        correlationId,
        failure);
    return correlationId;
  }
}
