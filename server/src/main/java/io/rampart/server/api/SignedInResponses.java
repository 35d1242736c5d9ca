package io.rampart.server.api;

import io.rampart.identity.SecondFactorOutcome;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.TrustedDeviceView;
import io.rampart.server.problem.ApiProblem;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The {@code 201} of every way of signing in: the session and device cookies and the body. */
@Component
final class SignedInResponses {
  private final Cookies cookies;

  SignedInResponses(Cookies cookies) {
    this.cookies = cookies;
  }

  ResponseEntity<SessionsController.SignedIn> created(
      SignInOutcome.SignedIn signedIn, TrustedDeviceView trusted) {
    var session = signedIn.session();
    return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
        .header(
            HttpHeaders.SET_COOKIE,
            cookies.session(signedIn.token()),
            cookies.device(signedIn.deviceToken()))
        .body(
            new SessionsController.SignedIn(
                session.id().toString(),
                signedIn.token(),
                session.expiresAt(),
                session.idleExpiresAt(),
                signedIn.deviceToken(),
                trusted == null ? null : trusted.expiresAt()));
  }

  /** A sign-in completed with a second factor or a passkey, or the problem why not. */
  ResponseEntity<SessionsController.SignedIn> of(SecondFactorOutcome outcome) {
    return switch (outcome) {
      case SecondFactorOutcome.SignedIn(var signedIn, var method, var trusted) ->
          created(signedIn, trusted);
      case SecondFactorOutcome.Refused(var reason) -> throw new ApiProblem(reason);
      case SecondFactorOutcome.Throttled(var reason, var retryAfter) ->
          throw new ApiProblem(reason, null, retryAfter);
    };
  }
}
