package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
import io.rampart.server.risk.RiskUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception a controller (or Spring MVC around it) raises into a problem response.
 * Anything not recognised is an internal error: logged once, answered with a generic detail.
 */
@RestControllerAdvice
final class ApiExceptionHandler {
  private final ProblemResponder responder;

  ApiExceptionHandler(ProblemResponder responder) {
    this.responder = responder;
  }

  @ExceptionHandler(ApiProblem.class)
  void problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    responder.write(request, response, problem);
  }

  /** The risk engine is busy or cannot record: the caller may send the same events again. */
  @ExceptionHandler(RiskUnavailableException.class)
  void riskUnavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    responder.write(request, response, ApiProblem.riskUnavailable());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  void unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    responder.write(request, response, BodyProblems.describe(e));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  void unsupported(HttpServletRequest request, HttpServletResponse response) throws IOException {
    responder.write(
        request,
        response,
        new ApiProblem(
            ReasonCode.REQ_UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."));
  }

  /**
   * The caller's {@code Accept} rules out JSON. The problem itself is still written as {@code
   * application/problem+json}: a client that cannot read it still gets the status.
   */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
    responder.write(
        request,
        response,
        new ApiProblem(
            ReasonCode.REQ_NOT_ACCEPTABLE,
            "This resource answers in application/json; send Accept: application/json."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  void methodNotAllowed(
      HttpRequestMethodNotSupportedException e,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Set<HttpMethod> allowed = e.getSupportedHttpMethods();
    if (allowed != null && !allowed.isEmpty()) {
      response.setHeader(
          "Allow",
          allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")));
    }
    responder.write(
        request,
        response,
        new ApiProblem(
            ReasonCode.REQ_METHOD_NOT_ALLOWED,
            "Method " + e.getMethod() + " is not offered on this resource."));
  }

  @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
  void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
    responder.write(request, response, new ApiProblem(ReasonCode.REQ_NOT_FOUND));
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  void missingParameter(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    responder.write(
        request,
        response,
        new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "A required parameter is missing."));
  }

  @ExceptionHandler(TypeMismatchException.class)
  void parameterType(
      TypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    responder.write(
        request,
        response,
        new ApiProblem(
            ReasonCode.REQ_INVALID_PARAMETER,
            "Parameter '" + e.getPropertyName() + "' has the wrong format."));
  }

  @ExceptionHandler(AsyncRequestNotUsableException.class)
  void clientGone() {
    // The client went away mid-response: there is nobody left to answer.
  }

  @ExceptionHandler(Exception.class)
  void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!BodyProblems.isBodyTooLarge(e)
        && e instanceof ErrorResponse framework
        && framework.getStatusCode().is4xxClientError()) {
      ReasonCode code = ProblemStatus.codeForContainerStatus(framework.getStatusCode().value());
      responder.write(request, response, code, null, null, null);
      return;
    }
    responder.writeFailure(request, response, e);
  }

  /** Classifies unreadable bodies without echoing any of their content. */
  static final class BodyProblems {
    private BodyProblems() {}

    static ApiProblem tooLarge() {
      return new ApiProblem(
          ReasonCode.REQ_BODY_TOO_LARGE,
          "The request body is larger than "
              + BodySizeLimit.MAX_BYTES / 1024
              + " KiB ("
              + BodySizeLimit.MAX_BATCH_BYTES / (1024 * 1024)
              + " MiB for a batch of risk events).");
    }

    static boolean isBodyTooLarge(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BodySizeLimit.BodyTooLargeException) return true;
      }
      return false;
    }

    static ApiProblem describe(HttpMessageNotReadableException e) {
      if (isBodyTooLarge(e)) return tooLarge();
      JacksonException jackson = find(e, JacksonException.class);
      if (jackson instanceof UnrecognizedPropertyException unknown) {
        return new ApiProblem(
            ReasonCode.REQ_UNKNOWN_FIELD, "Field '" + pathOf(unknown) + "' is not accepted here.");
      }
      if (jackson instanceof MismatchedInputException mismatch) {
        String path = pathOf(mismatch);
        if (path.isEmpty()) {
          return new ApiProblem(
              ReasonCode.REQ_MALFORMED_BODY, "The request body must be a JSON object.");
        }
        return new ApiProblem(
            ReasonCode.REQ_INVALID_FIELD,
            "Field '" + path + "' must be " + expected(mismatch.getTargetType()) + ".");
      }
      if (jackson instanceof StreamReadException) {
        return new ApiProblem(
            ReasonCode.REQ_MALFORMED_BODY, "The request body is not well-formed JSON.");
      }
      return new ApiProblem(
          ReasonCode.REQ_MALFORMED_BODY, "The request body is missing or not readable as JSON.");
    }

    private static String expected(Class<?> type) {
      if (type == null) return "of another type";
      if (type == String.class) return "a string";
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        return "an integer";
      }
      if (type == boolean.class || type == Boolean.class) return "true or false";
      return "of another type";
    }

    private static String pathOf(JacksonException e) {
      List<JacksonException.Reference> path = e.getPath();
      StringBuilder out = new StringBuilder();
      for (JacksonException.Reference ref : path) {
        if (ref.getPropertyName() != null) {
          if (!out.isEmpty()) out.append('.');
          out.append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          out.append('[').append(ref.getIndex()).append(']');
        }
      }
      return out.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) return type.cast(t);
      }
      return null;
    }
  }
}
