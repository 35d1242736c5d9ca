package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem responses. Every error path (controllers, filters, security, the container's error
 * dispatch) ends here, so every error has the same shape and never framework text.
 */
@Component
public final class ProblemResponder {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://rampart.dev/problems/";

  private static final String FAILURE_DETAIL =
      "Rampart failed to handle this request; quote the correlation id when reporting it.";
  private static final String OUTAGE_DETAIL =
      "Rampart cannot reach its database right now; try again after the Retry-After delay.";

  private final JsonMapper json;
  private final FaultLog faults;

  public ProblemResponder(JsonMapper json, FaultLog faults) {
    this.json = json;
    this.faults = faults;
  }

  public static String typeOf(ReasonCode code) {
    return TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Builds the body for {@code code} on {@code request}. */
  public ProblemBody body(
      ReasonCode code, String detail, HttpServletRequest request, String correlationId) {
    return new ProblemBody(
        typeOf(code),
        code.title(),
        ProblemStatus.of(code),
        detail == null ? code.title() : detail,
        code.name(),
        instanceOf(request),
        correlationId);
  }

  public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
      throws IOException {
    if (problem.challenge() == null && problem.errors() == null) {
      write(request, response, problem.code(), problem.detail(), problem.retryAfter(), null);
      return;
    }
    ProblemBody plain = body(problem.code(), problem.detail(), request, null);
    writeBody(
        response,
        new ProblemBody(
            plain.type(),
            plain.title(),
            plain.status(),
            plain.detail(),
            plain.code(),
            plain.instance(),
            null,
            problem.challenge(),
            problem.errors()),
        problem.retryAfter());
  }

  /**
   * Answers a failure nobody expected: a body over the limit (which surfaces as an exception from
   * deep inside body reading) is the client's fault; a database that cannot be reached is {@code
   * 503 SYS_UNAVAILABLE} with {@code Retry-After} ({@link DatabaseOutage}), logged as a warning
   * without a stack trace; anything else is logged once under a fresh correlation id and answered
   * with a generic internal problem that carries only that id.
   */
  public void writeFailure(
      HttpServletRequest request, HttpServletResponse response, Throwable failure)
      throws IOException {
    if (ApiExceptionHandler.BodyProblems.isBodyTooLarge(failure)) {
      write(request, response, ApiExceptionHandler.BodyProblems.tooLarge());
      return;
    }
    if (DatabaseOutage.causedBy(failure)) {
      faults.recordOutage(request, failure);
      write(
          request,
          response,
          ReasonCode.SYS_UNAVAILABLE,
          OUTAGE_DETAIL,
          DatabaseOutage.RETRY_AFTER,
          null);
      return;
    }
    String correlationId = faults.record(request, failure);
    write(request, response, ReasonCode.SYS_INTERNAL, FAILURE_DETAIL, null, correlationId);
  }

  /**
   * Writes the problem unless the response is already committed (then nothing can be done but
   * closing it, which the container does).
   */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ReasonCode code,
      String detail,
      Duration retryAfter,
      String correlationId)
      throws IOException {
    writeBody(response, body(code, detail, request, correlationId), retryAfter);
  }

  private void writeBody(HttpServletResponse response, ProblemBody body, Duration retryAfter)
      throws IOException {
    if (response.isCommitted()) return;
    response.resetBuffer();
    response.setStatus(body.status());
    response.setContentType(MEDIA_TYPE);
    if (retryAfter != null) {
      response.setHeader("Retry-After", Long.toString(retryAfterSeconds(retryAfter)));
    }
    byte[] bytes = json.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /** Whole seconds, rounded up, at least one. */
  public static long retryAfterSeconds(Duration retryAfter) {
    long millis = Math.max(0, retryAfter.toMillis());
    return Math.max(1, (millis + 999) / 1000);
  }

  /** The path the client asked for (never the query string, which may hold a token). */
  private static String instanceOf(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (original instanceof String uri) return uri;
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (forwarded instanceof String uri) return uri;
    return request.getRequestURI();
  }
}
