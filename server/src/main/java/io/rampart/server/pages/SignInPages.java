package io.rampart.server.pages;

import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.Identity;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.Proof;
import io.rampart.identity.RegistrationOutcome;
import io.rampart.identity.SecondFactorOutcome;
import io.rampart.identity.SignInAttempt;
import io.rampart.identity.SignInOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.api.Cookies;
import io.rampart.server.ops.SignInMetrics;
import io.rampart.server.problem.ProblemStatus;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages to sign up, sign in (password, then the second factor if asked; or a passkey alone) and
 * sign out. Plain forms; the passkey buttons use the JSON API from {@code passkeys.js}.
 */
@Controller
final class SignInPages {
  private final Identity identity;
  private final Cookies cookies;
  private final SignInMetrics metrics;
  private final PageSession sessions;
  private final JsonMapper json;
  private final long trustDays;

  SignInPages(
      Identity identity,
      Cookies cookies,
      SignInMetrics metrics,
      PageSession sessions,
      JsonMapper json,
      MfaSettings mfa) {
    this.identity = identity;
    this.cookies = cookies;
    this.metrics = metrics;
    this.sessions = sessions;
    this.json = json;
    this.trustDays = mfa.trustedDeviceTtl().toDays();
  }

  @GetMapping("/signup")
  ModelAndView signUpForm(HttpServletResponse response) {
    return Pages.page(response, "signup", "Create an account", Map.of());
  }

  @PostMapping("/signup")
  ModelAndView signUp(
      @RequestParam(name = "email", defaultValue = "") String email,
      @RequestParam(name = "password", defaultValue = "") String password,
      HttpServletRequest http,
      HttpServletResponse response) {
    if (!sessions.sameOrigin(http)) {
      return refused(response, "signup", "Create an account", "Send the form from this site.");
    }
    char[] secret = password.toCharArray();
    try {
      return switch (identity.register(email, secret, ClientOrigin.of(http))) {
        case RegistrationOutcome.Accepted accepted ->
            Pages.page(response, "signup", "Check your e-mail", Map.of("accepted", true));
        case RegistrationOutcome.Rejected(var reason, var detail) ->
            Pages.page(
                response,
                status(reason),
                "signup",
                "Create an account",
                Map.of("error", detail, "email", email));
        case RegistrationOutcome.Overloaded overloaded ->
            refused(response, "signup", "Create an account", "We are busy: try again shortly.");
      };
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  @GetMapping("/signin")
  ModelAndView signInForm(
      @RequestParam(name = "message", required = false) String message,
      HttpServletResponse response) {
    Map<String, Object> model = new HashMap<>();
    if ("signed-out".equals(message)) {
      model.put("notice", "You are signed out.");
    }
    return Pages.page(response, "signin", "Sign in", model);
  }

  @PostMapping("/signin")
  ModelAndView signIn(
      @RequestParam(name = "email", defaultValue = "") String email,
      @RequestParam(name = "password", defaultValue = "") String password,
      HttpServletRequest http,
      HttpServletResponse response) {
    if (!sessions.sameOrigin(http)) {
      return refused(response, "signin", "Sign in", "Send the form from this site.");
    }
    char[] secret = password.toCharArray();
    SignInOutcome outcome;
    try {
      outcome =
          identity.signIn(
              new SignInAttempt(
                  email,
                  secret,
                  ClientOrigin.of(http),
                  Credentials.deviceToken(http).orElse(null)));
    } finally {
      Arrays.fill(secret, '\0');
    }
    metrics.record(outcome);
    return switch (outcome) {
      case SignInOutcome.SignedIn signedIn -> signedIn(response, signedIn);
      case SignInOutcome.SecondFactorRequired(var challenge) ->
          challengePage(response, HttpStatus.OK, challenge, null);
      case SignInOutcome.Refused(var reason) ->
          Pages.page(
              response,
              status(reason),
              "signin",
              "Sign in",
              Map.of("error", reason.title(), "email", email));
      case SignInOutcome.Throttled throttled ->
          Pages.page(
              response,
              HttpStatus.TOO_MANY_REQUESTS,
              "signin",
              "Sign in",
              Map.of("error", ReasonCode.AUTH_THROTTLED.title()));
      case SignInOutcome.Overloaded overloaded ->
          refused(response, "signin", "Sign in", ReasonCode.AUTH_OVERLOADED.title());
    };
  }

  @PostMapping("/signin/challenge")
  ModelAndView secondFactor(
      @RequestParam(name = "challengeId", defaultValue = "") String challengeId,
      @RequestParam(name = "method", defaultValue = "") String method,
      @RequestParam(name = "code", defaultValue = "") String code,
      @RequestParam(name = "trustDevice", defaultValue = "false") boolean trustDevice,
      HttpServletRequest http,
      HttpServletResponse response) {
    ChallengeId id;
    try {
      id = ChallengeId.parse(challengeId);
    } catch (IllegalArgumentException e) {
      return refused(response, "signin", "Sign in", "That sign-in has ended: start again.");
    }
    if (!sessions.sameOrigin(http) || !RequestFields.plausibleToken(code)) {
      return refused(response, "signin", "Sign in", "That sign-in has ended: start again.");
    }
    Proof proof =
        FactorMethod.parse(method).orElse(FactorMethod.TOTP) == FactorMethod.RECOVERY_CODE
            ? new Proof.RecoveryCode(code)
            : new Proof.Totp(code.strip());
    SecondFactorOutcome outcome =
        identity.completeSignIn(
            id,
            proof,
            Credentials.deviceToken(http).orElse(null),
            trustDevice,
            ClientOrigin.of(http));
    return switch (outcome) {
      case SecondFactorOutcome.SignedIn(var signedIn, var used, var trusted) ->
          signedIn(response, signedIn);
      case SecondFactorOutcome.Refused(var reason)
          when reason == ReasonCode.AUTH_MFA_PROOF_INVALID
              || reason == ReasonCode.AUTH_MFA_METHOD_NOT_OFFERED ->
          identity
              .signInChallenge(id)
              .map(
                  challenge ->
                      challengePage(
                          response,
                          HttpStatus.valueOf(ProblemStatus.of(reason)),
                          challenge,
                          reason.title()))
              .orElseGet(
                  () ->
                      refused(
                          response, "signin", "Sign in", "That sign-in has ended: start again."));
      case SecondFactorOutcome.Refused(var reason) ->
          Pages.page(
              response,
              HttpStatus.valueOf(ProblemStatus.of(reason)),
              "signin",
              "Sign in",
              Map.of("error", reason.title() + " Sign in again."));
      case SecondFactorOutcome.Throttled(var reason, var retryAfter) ->
          Pages.page(
              response,
              HttpStatus.TOO_MANY_REQUESTS,
              "signin",
              "Sign in",
              Map.of("error", reason.title()));
    };
  }

  @PostMapping("/signout")
  ModelAndView signOut(HttpServletRequest http, HttpServletResponse response) {
    sessions
        .of(http)
        .ifPresent(
            caller ->
                identity.endSession(
                    caller.account(), caller.session(), caller.session(), ClientOrigin.of(http)));
    response.addHeader(HttpHeaders.SET_COOKIE, cookies.clearedSession());
    return Pages.seeOther("/signin?message=signed-out");
  }

  private ModelAndView signedIn(HttpServletResponse response, SignInOutcome.SignedIn signedIn) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookies.session(signedIn.token()));
    response.addHeader(HttpHeaders.SET_COOKIE, cookies.device(signedIn.deviceToken()));
    return Pages.seeOther("/account/security");
  }

  private ModelAndView challengePage(
      HttpServletResponse response, HttpStatus status, ChallengeView challenge, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("challengeId", challenge.id().toString());
    model.put("totp", challenge.methods().contains(FactorMethod.TOTP));
    model.put("recovery", challenge.methods().contains(FactorMethod.RECOVERY_CODE));
    model.put("trustDays", trustDays);
    if (challenge.passkey() != null) {
      model.put("passkey", true);
      model.put("passkeyJson", json.writeValueAsString(ChallengeJson.of(challenge).passkey()));
    }
    if (error != null) {
      model.put("error", error);
    }
    return Pages.page(response, status, "challenge", "Second factor", model);
  }

  private static ModelAndView refused(
      HttpServletResponse response, String view, String title, String message) {
    return Pages.page(response, HttpStatus.BAD_REQUEST, view, title, Map.of("error", message));
  }

  private static HttpStatus status(ReasonCode reason) {
    return HttpStatus.valueOf(ProblemStatus.of(reason));
  }
}
