package io.rampart.identity.internal;

import io.rampart.identity.Account;
import io.rampart.identity.ActionCatalogue;
import io.rampart.identity.Authorization;
import io.rampart.identity.Challenge;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.Elevation;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.Proof;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.StepUpOutcome;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step-up per action, in order:
 *
 * <ol>
 *   <li>look the action up in the catalogue: an action that needs only the session is granted;
 *   <li>a session elevated for this very action, still within its few minutes and by a proof that
 *       meets the action's assurance, is granted; an elevation never carries over to another action
 *       or another session;
 *   <li>otherwise a challenge opens with the methods that meet the assurance: the account's
 *       authenticators (and recovery codes), a passkey alone for phishing-resistant actions, or an
 *       e-mailed code for an account without authenticators where any factor will do; an action
 *       that needs an authenticator the account lacks is refused;
 *   <li>a good proof completes the challenge and elevates the session for that action.
 * </ol>
 */
public final class StepUp {
  private final Context context;
  private final SecondFactors factors;

  StepUp(Context context, SecondFactors factors) {
    this.context = context;
    this.factors = factors;
  }

  /** Steps 1 to 3: whether the session may do the action now, or the challenge to pass first. */
  public Authorization authorize(
      AccountId account, SessionId session, SensitiveAction action, RequestOrigin origin) {
    ActionCatalogue.Assurance assurance = assurance(action);
    if (assurance == ActionCatalogue.Assurance.SESSION) {
      return new Authorization.Granted(null);
    }
    Optional<Elevation> elevation = elevation(session, action);
    if (elevation.isPresent()) {
      return new Authorization.Granted(elevation.get().expiresAt());
    }
    return start(account, session, action, origin);
  }

  /** Step 3: opens a challenge for the action (granted at once if the session is enough). */
  public Authorization start(
      AccountId account, SessionId session, SensitiveAction action, RequestOrigin origin) {
    ActionCatalogue.Assurance assurance = assurance(action);
    if (assurance == ActionCatalogue.Assurance.SESSION) {
      return new Authorization.Granted(null);
    }
    Optional<Account> owner = context.ports().accounts().findById(account);
    if (owner.isEmpty()) {
      return new Authorization.Refused(ReasonCode.AUTH_UNAUTHENTICATED);
    }
    Set<FactorMethod> methods = methodsFor(account, assurance);
    if (methods.isEmpty()) {
      return new Authorization.Refused(ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED);
    }
    Challenge opened =
        factors.newChallenge(Challenge.Purpose.STEP_UP, account, session, action, methods, null);
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              Challenge challenge = opened;
              if (methods.contains(FactorMethod.EMAIL_CODE)) {
                Optional<Duration> blocked = factors.mailBlocked(account);
                if (blocked.isPresent()) {
                  return new Authorization.Throttled(blocked.get());
                }
                challenge = factors.withMailedCode(challenge, owner.get(), origin);
              }
              factors.store(challenge);
              context.auditOwn(
                  account,
                  "stepup.started",
                  origin,
                  Map.of("action", action.wireName(), "challenge", challenge.id().toString()));
              return new Authorization.StepUpRequired(factors.view(challenge));
            });
  }

  /** An open step-up challenge of this session, as its client sees it (to show it again). */
  public Optional<ChallengeView> view(AccountId account, SessionId session, ChallengeId id) {
    Instant now = context.now();
    return context
        .mfaPorts()
        .challenges()
        .find(id)
        .filter(c -> c.purpose() == Challenge.Purpose.STEP_UP && c.openAt(now))
        .filter(c -> account.equals(c.account()) && session.equals(c.session()))
        .map(factors::view);
  }

  /** Step 4: completes a step-up challenge of this session with a proof. */
  public StepUpOutcome complete(
      AccountId account, SessionId session, ChallengeId id, Proof proof, RequestOrigin origin) {
    Optional<Challenge> challenge =
        context
            .mfaPorts()
            .challenges()
            .find(id)
            .filter(c -> c.purpose() == Challenge.Purpose.STEP_UP)
            .filter(c -> account.equals(c.account()) && session.equals(c.session()));
    if (challenge.isEmpty()) {
      return new StepUpOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
    }
    SensitiveAction action = challenge.get().action();
    SecondFactors.Result<Elevation> result =
        factors.prove(
            challenge.get(),
            account,
            ProofThrottle.stepUpKey(account),
            proof,
            origin,
            (owner, method, now) -> elevate(owner, session, action, method, now, origin));
    return switch (result) {
      case SecondFactors.Result.Proven<Elevation>(var elevation, var method) ->
          new StepUpOutcome.Elevated(elevation.action(), elevation.expiresAt());
      case SecondFactors.Result.Failed<Elevation>(var reason) -> new StepUpOutcome.Refused(reason);
      case SecondFactors.Result.Throttled<Elevation>(var retryAfter) ->
          new StepUpOutcome.Throttled(retryAfter);
    };
  }

  /** The session's elevation for the action, if it is in force and meets the action's assurance. */
  Optional<Elevation> elevation(SessionId session, SensitiveAction action) {
    ActionCatalogue.Assurance assurance = assurance(action);
    Instant now = context.now();
    return context
        .mfaPorts()
        .elevations()
        .find(session, action)
        .filter(e -> e.activeAt(now))
        .filter(e -> satisfies(e.method(), assurance));
  }

  /** Whether the session may do the action without a new proof. */
  boolean allows(SessionId session, SensitiveAction action) {
    return assurance(action) == ActionCatalogue.Assurance.SESSION
        || elevation(session, action).isPresent();
  }

  private Elevation elevate(
      AccountId account,
      SessionId session,
      SensitiveAction action,
      FactorMethod method,
      Instant now,
      RequestOrigin origin) {
    Elevation elevation =
        new Elevation(session, action, method, now, now.plus(context.mfa().stepUpTtl()));
    context.mfaPorts().elevations().grant(elevation);
    context.auditOwn(
        account,
        "stepup.granted",
        origin,
        Map.of(
            "action",
            action.wireName(),
            "method",
            method.wireName(),
            "until",
            elevation.expiresAt().toString()));
    return elevation;
  }

  private ActionCatalogue.Assurance assurance(SensitiveAction action) {
    return context.mfa().actions().ruleFor(action).assurance();
  }

  private Set<FactorMethod> methodsFor(AccountId account, ActionCatalogue.Assurance assurance) {
    List<FactorMethod> authenticators = factors.authenticators(account);
    Set<FactorMethod> methods = EnumSet.noneOf(FactorMethod.class);
    switch (assurance) {
      case SESSION -> {}
      case PHISHING_RESISTANT -> {
        if (authenticators.contains(FactorMethod.PASSKEY)) {
          methods.add(FactorMethod.PASSKEY);
        }
      }
      case AUTHENTICATOR -> methods.addAll(authenticators);
      case ANY_FACTOR -> {
        if (authenticators.isEmpty()) {
          methods.add(FactorMethod.EMAIL_CODE);
        } else {
          methods.addAll(authenticators);
        }
      }
    }
    return methods;
  }

  /** Whether a proof by {@code method} meets {@code assurance}. */
  static boolean satisfies(FactorMethod method, ActionCatalogue.Assurance assurance) {
    return switch (assurance) {
      case SESSION, ANY_FACTOR -> true;
      case AUTHENTICATOR -> method.authenticator();
      case PHISHING_RESISTANT -> method == FactorMethod.PASSKEY;
    };
  }
}
