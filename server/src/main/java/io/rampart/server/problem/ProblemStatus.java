package io.rampart.server.problem;

import io.rampart.kernel.ErrorCategory;
import io.rampart.kernel.ReasonCode;

/**
 * The one place where error categories become HTTP statuses (and, for errors the servlet container
 * raises on its own, statuses become reason codes). Nothing else in Rampart names an error status.
 */
public final class ProblemStatus {
  private ProblemStatus() {}

  public static int of(ErrorCategory category) {
    return switch (category) {
      case INVALID_INPUT -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case NOT_ALLOWED -> 405;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_FORMAT -> 415;
      case NOT_ACCEPTABLE -> 406;
      case THROTTLED -> 429;
      case UNAVAILABLE -> 503;
      case INTERNAL -> 500;
    };
  }

  public static int of(ReasonCode code) {
    return of(code.category());
  }

  /**
   * The code for an error status that reached the container without one of ours. A 4xx the
   * container or a framework raised on its own (bad request line, header too large, a rejected
   * path) says nothing about a body, so it is {@code REQ_BAD_REQUEST}. A 501 (a method such as
   * {@code CONNECT} that is not implemented) and a 505 (an HTTP version not served) are the
   * client's doing too, not failures of Rampart.
   */
  static ReasonCode codeForContainerStatus(int status) {
    return switch (status) {
      case 401 -> ReasonCode.AUTH_UNAUTHENTICATED;
      case 403 -> ReasonCode.AUTH_FORBIDDEN;
      case 404 -> ReasonCode.REQ_NOT_FOUND;
      case 405 -> ReasonCode.REQ_METHOD_NOT_ALLOWED;
      case 406 -> ReasonCode.REQ_NOT_ACCEPTABLE;
      case 413 -> ReasonCode.REQ_BODY_TOO_LARGE;
      case 415 -> ReasonCode.REQ_UNSUPPORTED_MEDIA_TYPE;
      case 429 -> ReasonCode.AUTH_THROTTLED;
      case 501 -> ReasonCode.REQ_METHOD_NOT_ALLOWED;
      case 503 -> ReasonCode.SYS_UNAVAILABLE;
      case 505 -> ReasonCode.REQ_BAD_REQUEST;
      default ->
          status >= 400 && status < 500 ? ReasonCode.REQ_BAD_REQUEST : ReasonCode.SYS_INTERNAL;
    };
  }
}
