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

  /**
   * Logs that {@code request} found the database unreachable: one line with the innermost cause's
   * type and message (the driver's, which names no secret), no stack trace, since every request
   * during an outage fails the same way.
   */
  public void recordOutage(HttpServletRequest request, Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    log.warn(
        "Database unavailable handling {} {}: {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        root.getClass().getSimpleName(),
        root.getMessage());
  }
}
