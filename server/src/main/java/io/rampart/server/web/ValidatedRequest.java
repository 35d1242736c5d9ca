package io.rampart.server.web;

/**
 * A request body that checks its own fields. {@link ValidatingBodyAdvice} calls {@link #validate()}
 * right after the body is read, before the controller runs, so nothing is written for a bad body.
 */
public interface ValidatedRequest {
  /**
   * @throws io.rampart.server.problem.ApiProblem naming the first field that breaks a rule
   */
  void validate();
}
