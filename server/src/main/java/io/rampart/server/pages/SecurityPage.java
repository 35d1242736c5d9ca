package io.rampart.server.pages;

import io.rampart.identity.AccountOverview;
import io.rampart.identity.Authorization;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorChangeOutcome;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.Identity;
import io.rampart.identity.MfaOverview;
import io.rampart.identity.Proof;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.SessionEndOutcome;
import io.rampart.identity.StepUpOutcome;
import io.rampart.identity.TotpEnrolmentOutcome;
import io.rampart.identity.TrustedDeviceId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.SessionId;
import io.rampart.server.security.CallerSession;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ChallengeJson;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security settings page: second factors, trusted devices and sessions, and the forms that
 * change them. A change the action catalogue guards first shows the step-up page; once the proof is
 * in, the person presses the button again (the elevation lasts a few minutes, for that action).
 */
@Controller
final class SecurityPage {
  private static final String PAGE = "/account/security";

  private final Identity identity;
  private final PageSession sessions;
  private final JsonMapper json;

  SecurityPage(Identity identity, PageSession sessions, JsonMapper json) {
    this.identity = identity;
    this.sessions = sessions;
    this.json = json;
  }

  @GetMapping(PAGE)
  ModelAndView show(
      @RequestParam(name = "confirmed", required = false) String confirmed,
      @RequestParam(name = "added", required = false) String added,
      HttpServletRequest http,
      HttpServletResponse response) {
    return signedIn(
        http,
        caller -> {
          Map<String, Object> model = new HashMap<>();
          if (confirmed != null && SensitiveAction.parse(confirmed).isPresent()) {
            model.put(
                "notice",
                "Confirmed. You can now " + describe(SensitiveAction.parse(confirmed).get()) + ".");
          } else if ("passkey".equals(added)) {
            model.put("notice", "Passkey added.");
          }
          return settings(http, response, caller, model);
        });
  }

  @PostMapping(PAGE + "/totp")
  ModelAndView enrolTotp(HttpServletRequest http, HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.ADD_FACTOR,
        caller ->
            switch (identity.enrolTotp(caller.account(), caller.session(), ClientOrigin.of(http))) {
              case TotpEnrolmentOutcome.Started(var enrolment) ->
                  Pages.page(
                      response,
                      "totp",
                      "Set up an authenticator app",
                      Map.of(
                          "secret",
                          enrolment.secret(),
                          "qrPng",
                          Base64.getEncoder().encodeToString(enrolment.qrPng())));
              case TotpEnrolmentOutcome.Refused(var reason) ->
                  problem(http, response, caller, reason);
            });
  }

  @PostMapping(PAGE + "/totp/confirm")
  ModelAndView confirmTotp(
      @RequestParam(name = "code", defaultValue = "") String code,
      HttpServletRequest http,
      HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.ADD_FACTOR,
        caller ->
            changed(
                http,
                response,
                caller,
                identity.confirmTotp(
                    caller.account(), caller.session(), code.strip(), ClientOrigin.of(http)),
                "Your authenticator app is on."));
  }

  @PostMapping(PAGE + "/totp/remove")
  ModelAndView removeTotp(HttpServletRequest http, HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.REMOVE_FACTOR,
        caller ->
            changed(
                http,
                response,
                caller,
                identity.removeTotp(caller.account(), caller.session(), ClientOrigin.of(http)),
                "Your authenticator app is removed."));
  }

  @PostMapping(PAGE + "/recovery-codes")
  ModelAndView newRecoveryCodes(HttpServletRequest http, HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.ADD_FACTOR,
        caller ->
            changed(
                http,
                response,
                caller,
                identity.regenerateRecoveryCodes(
                    caller.account(), caller.session(), ClientOrigin.of(http)),
                "New recovery codes made."));
  }

  @GetMapping(PAGE + "/recovery-codes/new")
  ModelAndView newPasskeyRecoveryCodes(HttpServletRequest http, HttpServletResponse response) {
    return signedIn(
        http, caller -> Pages.page(response, "recovery-new", "Your recovery codes", Map.of()));
  }

  @PostMapping(PAGE + "/passkeys/{id}/rename")
  ModelAndView renamePasskey(
      @PathVariable("id") String id,
      @RequestParam(name = "name", defaultValue = "") String name,
      HttpServletRequest http,
      HttpServletResponse response) {
    return signedIn(
        http,
        caller -> {
          boolean renamed =
              RequestFields.plausibleToken(name)
                  && identity.renamePasskey(caller.account(), id, name, ClientOrigin.of(http));
          return renamed
              ? Pages.seeOther(PAGE)
              : problem(http, response, caller, ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
        });
  }

  @PostMapping(PAGE + "/passkeys/{id}/remove")
  ModelAndView removePasskey(
      @PathVariable("id") String id, HttpServletRequest http, HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.REMOVE_FACTOR,
        caller ->
            changed(
                http,
                response,
                caller,
                identity.removePasskey(
                    caller.account(), caller.session(), id, ClientOrigin.of(http)),
                "The passkey is removed."));
  }

  @PostMapping(PAGE + "/devices/{id}/revoke")
  ModelAndView revokeDevice(
      @PathVariable("id") String id, HttpServletRequest http, HttpServletResponse response) {
    return signedIn(
        http,
        caller -> {
          try {
            identity.revokeTrustedDevice(
                caller.account(), TrustedDeviceId.parse(id), ClientOrigin.of(http));
          } catch (IllegalArgumentException e) {
            return problem(http, response, caller, ReasonCode.AUTH_TRUSTED_DEVICE_NOT_FOUND);
          }
          return Pages.seeOther(PAGE);
        });
  }

  @PostMapping(PAGE + "/sessions/{id}/end")
  ModelAndView endSession(
      @PathVariable("id") String id, HttpServletRequest http, HttpServletResponse response) {
    return guarded(
        http,
        response,
        SensitiveAction.END_SESSIONS,
        caller -> {
          SessionId target;
          try {
            target = SessionId.parse(id);
          } catch (IllegalArgumentException e) {
            return problem(http, response, caller, ReasonCode.AUTH_SESSION_NOT_FOUND);
          }
          return switch (identity.endSession(
              caller.account(), caller.session(), target, ClientOrigin.of(http))) {
            case SessionEndOutcome.Ended ended -> Pages.seeOther(PAGE);
            case SessionEndOutcome.Refused(var reason) -> problem(http, response, caller, reason);
          };
        });
  }

  /**
   * The step-up page for an action: for the challenge a script was just given (so no second code is
   * mailed), or else a button that starts one.
   */
  @GetMapping(PAGE + "/step-up")
  ModelAndView stepUpStart(
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "challenge", defaultValue = "") String challenge,
      HttpServletRequest http,
      HttpServletResponse response) {
    Optional<SensitiveAction> parsed = SensitiveAction.parse(action);
    return signedIn(
        http,
        caller -> {
          if (parsed.isEmpty()) {
            return Pages.seeOther(PAGE);
          }
          Optional<ChallengeView> open = Optional.empty();
          try {
            open =
                identity.stepUpChallenge(
                    caller.account(), caller.session(), ChallengeId.parse(challenge));
          } catch (IllegalArgumentException e) {
            // No challenge named: offer to start one.
          }
          return open.map(c -> stepUpPage(response, parsed.get(), c))
              .orElseGet(
                  () ->
                      Pages.page(
                          response,
                          "stepup-start",
                          "Confirm it is you",
                          Map.of(
                              "action",
                              parsed.get().wireName(),
                              "actionText",
                              describe(parsed.get()))));
        });
  }

  @PostMapping(PAGE + "/step-up/start")
  ModelAndView stepUpStarted(
      @RequestParam(name = "action", defaultValue = "") String action,
      HttpServletRequest http,
      HttpServletResponse response) {
    Optional<SensitiveAction> parsed = SensitiveAction.parse(action);
    if (parsed.isEmpty()) {
      return Pages.seeOther(PAGE);
    }
    return guarded(
        http, response, parsed.get(), caller -> Pages.seeOther(PAGE + "?confirmed=" + action));
  }

  @PostMapping(PAGE + "/step-up")
  ModelAndView stepUp(
      @RequestParam(name = "challengeId", defaultValue = "") String challengeId,
      @RequestParam(name = "method", defaultValue = "") String method,
      @RequestParam(name = "code", defaultValue = "") String code,
      HttpServletRequest http,
      HttpServletResponse response) {
    return signedIn(
        http,
        caller -> {
          ChallengeId id;
          try {
            id = ChallengeId.parse(challengeId);
          } catch (IllegalArgumentException e) {
            return Pages.seeOther(PAGE);
          }
          Proof proof =
              switch (FactorMethod.parse(method).orElse(FactorMethod.EMAIL_CODE)) {
                case TOTP -> new Proof.Totp(code.strip());
                case RECOVERY_CODE -> new Proof.RecoveryCode(code);
                default -> new Proof.EmailCode(code.strip());
              };
          return switch (identity.completeStepUp(
              caller.account(), caller.session(), id, proof, ClientOrigin.of(http))) {
            case StepUpOutcome.Elevated(var action, var until) ->
                Pages.seeOther(PAGE + "?confirmed=" + action.wireName());
            case StepUpOutcome.Refused(var reason) -> problem(http, response, caller, reason);
            case StepUpOutcome.Throttled throttled ->
                problem(http, response, caller, ReasonCode.AUTH_MFA_THROTTLED);
          };
        });
  }

  /** Runs {@code action} for a signed-in person; anyone else goes to the sign-in page. */
  private ModelAndView signedIn(
      HttpServletRequest http, Function<CallerSession, ModelAndView> action) {
    return sessions.of(http).map(action).orElseGet(() -> Pages.seeOther("/signin"));
  }

  /** As {@link #signedIn}, after the step-up the catalogue asks for this action. */
  private ModelAndView guarded(
      HttpServletRequest http,
      HttpServletResponse response,
      SensitiveAction action,
      Function<CallerSession, ModelAndView> then) {
    return signedIn(
        http,
        caller ->
            switch (identity.authorize(
                caller.account(), caller.session(), action, ClientOrigin.of(http))) {
              case Authorization.Granted granted -> then.apply(caller);
              case Authorization.StepUpRequired(var challenge) ->
                  stepUpPage(response, action, challenge);
              case Authorization.Refused(var reason) -> problem(http, response, caller, reason);
              case Authorization.Throttled throttled ->
                  problem(http, response, caller, ReasonCode.AUTH_MFA_THROTTLED);
            });
  }

  private ModelAndView stepUpPage(
      HttpServletResponse response, SensitiveAction action, ChallengeView challenge) {
    Map<String, Object> model = new HashMap<>();
    model.put("challengeId", challenge.id().toString());
    model.put("actionText", describe(action));
    model.put("email", challenge.methods().contains(FactorMethod.EMAIL_CODE));
    model.put("totp", challenge.methods().contains(FactorMethod.TOTP));
    model.put("recovery", challenge.methods().contains(FactorMethod.RECOVERY_CODE));
    if (challenge.passkey() != null) {
      model.put("passkey", true);
      model.put("passkeyJson", json.writeValueAsString(ChallengeJson.of(challenge).passkey()));
    }
    return Pages.page(response, HttpStatus.UNAUTHORIZED, "stepup", "Confirm it is you", model);
  }

  private ModelAndView changed(
      HttpServletRequest http,
      HttpServletResponse response,
      CallerSession caller,
      FactorChangeOutcome outcome,
      String done) {
    return switch (outcome) {
      case FactorChangeOutcome.Changed(var passkey, var codes) when !codes.isEmpty() ->
          Pages.page(
              response, "recovery", "Your recovery codes", Map.of("codes", codes, "notice", done));
      case FactorChangeOutcome.Changed changed ->
          settings(http, response, caller, Map.of("notice", done));
      case FactorChangeOutcome.Refused(var reason) -> problem(http, response, caller, reason);
      case FactorChangeOutcome.Throttled throttled ->
          problem(http, response, caller, ReasonCode.AUTH_MFA_THROTTLED);
    };
  }

  private ModelAndView problem(
      HttpServletRequest http,
      HttpServletResponse response,
      CallerSession caller,
      ReasonCode reason) {
    ModelAndView page = settings(http, response, caller, Map.of("error", reason.title()));
    page.setStatus(HttpStatus.valueOf(io.rampart.server.problem.ProblemStatus.of(reason)));
    return page;
  }

  private ModelAndView settings(
      HttpServletRequest http,
      HttpServletResponse response,
      CallerSession caller,
      Map<String, Object> extra) {
    Optional<AccountOverview> overview = identity.overview(caller.account());
    MfaOverview factors = identity.secondFactors(caller.account());
    Map<String, Object> model = new HashMap<>(extra);
    model.put("email", overview.map(AccountOverview::email).orElse(""));
    overview
        .map(AccountOverview::withdrawalLock)
        .ifPresent(lock -> model.put("lockedUntil", lock.until().toString()));
    model.put("totp", factors.totp());
    model.put("hasAuthenticator", factors.hasAuthenticator());
    model.put("passkeys", factors.passkeys());
    model.put("hasPasskeys", !factors.passkeys().isEmpty());
    model.put("recoveryCodesLeft", factors.recoveryCodesLeft());
    List<?> devices =
        identity.trustedDevices(caller.account(), Credentials.deviceToken(http).orElse(null));
    model.put("devices", devices);
    model.put("hasDevices", !devices.isEmpty());
    model.put("sessions", identity.sessions(caller.account(), caller.session()));
    return Pages.page(response, "security", "Security settings", model);
  }

  private static String describe(SensitiveAction action) {
    return switch (action) {
      case ADD_FACTOR -> "add a second factor";
      case REMOVE_FACTOR -> "remove a second factor";
      case CHANGE_PASSWORD -> "change your password";
      case END_SESSIONS -> "end other sessions";
      default -> action.wireName().replace('-', ' ');
    };
  }
}
