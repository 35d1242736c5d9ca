package io.rampart.server.problem;

import io.rampart.kernel.ReasonCode;
import io.rampart.server.web.ChallengeJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An expected failure on its way to the client as a problem response. Carries no stack trace: it is
 * a value, not a fault. Its detail is shown to the client, so it never holds a secret.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ReasonCode code;
  private final String detail;
  private final transient Duration retryAfter;
  private final transient ChallengeJson challenge;
  private final transient List<ProblemBody.FieldError> errors;

  public ApiProblem(ReasonCode code, String detail, Duration retryAfter) {
    this(code, detail, retryAfter, null, null);
  }

  private ApiProblem(
      ReasonCode code,
      String detail,
      Duration retryAfter,
      ChallengeJson challenge,
      List<ProblemBody.FieldError> errors) {
    super(code.name(), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.detail = detail == null ? code.title() : detail;
    this.retryAfter = retryAfter;
    this.challenge = challenge;
    this.errors = errors == null ? null : List.copyOf(errors);
  }

  /**
   * A problem with several fields, each with its own code; the first field's code is the problem's.
   *
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public static ApiProblem ofFields(String detail, List<ProblemBody.FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("at least one field error");
    }
    return new ApiProblem(ReasonCode.valueOf(errors.getFirst().code()), detail, null, null, errors);
  }

  /** {@code AUTH_STEP_UP_REQUIRED}, carrying the challenge that lifts it. */
  public static ApiProblem stepUpRequired(ChallengeJson challenge) {
    return new ApiProblem(
        ReasonCode.AUTH_STEP_UP_REQUIRED,
        "Prove a second factor for '"
            + challenge.action()
            + "': complete the challenge at /api/v1/step-up/"
            + challenge.challengeId()
            + ".",
        null,
        Objects.requireNonNull(challenge, "challenge"),
        null);
  }

  /**
   * {@code RISK_UNAVAILABLE}: the risk engine is busy or cannot record; the same events may be sent
   * again after a second.
   */
  public static ApiProblem riskUnavailable() {
    return new ApiProblem(ReasonCode.RISK_UNAVAILABLE, null, Duration.ofSeconds(1));
  }

  public ApiProblem(ReasonCode code, String detail) {
    this(code, detail, null);
  }

  public ApiProblem(ReasonCode code) {
    this(code, null, null);
  }

  public ReasonCode code() {
    return code;
  }

  public String detail() {
    return detail;
  }

  /** The challenge to complete, or {@code null}. */
  public ChallengeJson challenge() {
    return challenge;
  }

  /** Each field's problem, or {@code null} when the problem is not about several fields. */
  public List<ProblemBody.FieldError> errors() {
    return errors;
  }

  /** When to try again, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
