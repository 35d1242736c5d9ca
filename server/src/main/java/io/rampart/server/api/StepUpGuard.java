package io.rampart.server.api;

import io.rampart.identity.Authorization;
import io.rampart.identity.Identity;
import io.rampart.identity.SensitiveAction;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Guards a sensitive endpoint by the action catalogue: lets the call through when the session may
 * do the action now, and otherwise answers {@code 401 AUTH_STEP_UP_REQUIRED} with the challenge to
 * complete (an e-mailed code is already on its way when that is the method), {@code 403
 * AUTH_MFA_ENROLMENT_REQUIRED}, or {@code 429 AUTH_MFA_THROTTLED} when no more codes may be mailed
 * this hour.
 */
@Component
final class StepUpGuard {
  private final Identity identity;

  StepUpGuard(Identity identity) {
    this.identity = identity;
  }

  void require(CallerSession caller, SensitiveAction action, HttpServletRequest http) {
    switch (identity.authorize(caller.account(), caller.session(), action, ClientOrigin.of(http))) {
      case Authorization.Granted granted -> {}
      case Authorization.StepUpRequired(var challenge) ->
          throw ApiProblem.stepUpRequired(ChallengeJson.of(challenge));
      case Authorization.Refused(var reason) -> throw new ApiProblem(reason);
      case Authorization.Throttled(var retryAfter) ->
          throw new ApiProblem(ReasonCode.AUTH_MFA_THROTTLED, null, retryAfter);
    }
  }
}
