package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.Challenge;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.Passkey;
import io.rampart.identity.PasskeyOptionsOutcome;
import io.rampart.identity.Proof;
import io.rampart.identity.SecondFactorOutcome;
import io.rampart.identity.SignInFacts;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.SignInVerdict;
import io.rampart.identity.TrustedDeviceView;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sign-in with a second factor, in order:
 *
 * <ol>
 *   <li>after a correct password and a risk verdict other than deny, a second factor is required
 *       when the account has an authenticator app or passkey and the policy says always, or the
 *       risk engine does not allow the sign-in outright, or the device is not trusted;
 *   <li>then no session opens: the password is settled as a success and a challenge opens instead,
 *       remembering the device, where the password came from and the risk verdict;
 *   <li>a good proof of one of the account's factors completes the challenge and opens the session
 *       in one transaction ({@link SecondFactors}); the device may then be trusted, unless the
 *       proof was a recovery code.
 * </ol>
 *
 * <p>A passkey alone also signs in (a discoverable credential with user verification is itself two
 * factors): the risk engine is asked as for a password, and a denial refuses the sign-in. Anyone
 * can try it, so it is throttled by source as password sign-in is: each attempt is counted on the
 * source's IP and network before it is checked ({@link Throttle}, the same keys as a password's)
 * and given back unless it failed; a throttled source opens no challenges either; and a throttled
 * refusal is audited once per blocked period ({@link ThrottledAudits}), so a flood of them does not
 * flood the audit trail.
 */
public final class SecondFactorSignIn {
  private final Context context;
  private final SecondFactors factors;
  private final SessionOpening opening;
  private final TrustedDevices trustedDevices;
  private final RelyingParty relyingParty;
  private final Throttle sources;
  private final ThrottledAudits throttledAudits = new ThrottledAudits();

  SecondFactorSignIn(
      Context context,
      SecondFactors factors,
      SessionOpening opening,
      TrustedDevices trustedDevices,
      RelyingParty relyingParty) {
    this.context = context;
    this.factors = factors;
    this.opening = opening;
    this.trustedDevices = trustedDevices;
    this.relyingParty = relyingParty;
    this.sources = new Throttle(context.ports().throttles(), context.settings().throttling());
  }

  /** Step 1: whether this sign-in needs the account's second factor. */
  boolean required(Account account, String knownDeviceHash, SignInVerdict risk) {
    if (!factors.hasAuthenticator(account.id())) {
      return false;
    }
    return context.mfa().signInPolicy() == MfaSettings.SignInPolicy.ALWAYS
        || risk.decision() != SignInVerdict.Decision.ALLOW
        || !trustedDevices.trusted(account.id(), knownDeviceHash);
  }

  /** Step 2: settle the password and open a challenge instead of a session. */
  SignInOutcome challenge(
      Account account,
      char[] password,
      String knownDeviceHash,
      CountedAttempt counted,
      RequestOrigin origin,
      SignInVerdict risk) {
    Optional<String> rehash = opening.rehashOf(account, password);
    List<FactorMethod> methods = factors.authenticators(account.id());
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              opening.settlePassword(account, knownDeviceHash, counted, rehash);
              Challenge challenge =
                  factors.newChallenge(
                      Challenge.Purpose.SIGN_IN,
                      account.id(),
                      null,
                      null,
                      EnumSet.copyOf(methods),
                      new Challenge.PendingSignIn(
                          knownDeviceHash,
                          origin.ipAddress(),
                          origin.userAgent(),
                          risk.decision(),
                          risk.assessmentId(),
                          risk.reasons()));
              factors.store(challenge);
              Map<String, String> data = new HashMap<>();
              data.put("challenge", challenge.id().toString());
              data.put("risk", risk.decision().name());
              if (risk.assessed()) {
                data.put("assessment", risk.assessmentId());
              }
              context.auditOwn(account.id(), "signin.second_factor_required", origin, data);
              return new SignInOutcome.SecondFactorRequired(factors.view(challenge));
            });
  }

  /**
   * Step 3: completes a sign-in challenge with a proof.
   *
   * @param deviceToken the device token the client holds, or {@code null}: the device keeps it if
   *     it is the one the password came with, else gets a new one
   * @param trustDevice whether to trust this device from now on; refused with a recovery code,
   *     which is for getting back in once, not for skipping the second factor for weeks (and using
   *     one revokes every trusted device anyway)
   */
  public SecondFactorOutcome complete(
      ChallengeId id, Proof proof, String deviceToken, boolean trustDevice, RequestOrigin origin) {
    Optional<Challenge> challenge =
        context
            .mfaPorts()
            .challenges()
            .find(id)
            .filter(c -> c.purpose() == Challenge.Purpose.SIGN_IN);
    Optional<Account> account =
        challenge.flatMap(c -> context.ports().accounts().findById(c.account()));
    if (account.isEmpty()) {
      return new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
    }
    if (trustDevice && proof instanceof Proof.RecoveryCode) {
      return new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_TRUST_NOT_ALLOWED);
    }
    Challenge.PendingSignIn pending = challenge.get().signIn();
    boolean sameDevice =
        pending.knownDeviceHash() != null
            && Tokens.plausible(deviceToken)
            && Tokens.hash(deviceToken).equals(pending.knownDeviceHash());
    String knownDevice = sameDevice ? pending.knownDeviceHash() : null;
    String issuedToken = sameDevice ? deviceToken : context.tokens().newToken();
    return outcome(
        factors.prove(
            challenge.get(),
            account.get().id(),
            ProofThrottle.signInKey(account.get().id(), pending.knownDeviceHash()),
            proof,
            origin,
            (owner, method, now) ->
                signIn(
                    account.get(),
                    knownDevice,
                    issuedToken,
                    trustDevice,
                    origin,
                    pending.verdict(),
                    method,
                    now)));
  }

  /** An open sign-in challenge as its client sees it, or empty. */
  public Optional<ChallengeView> view(ChallengeId id) {
    Instant now = context.now();
    return context
        .mfaPorts()
        .challenges()
        .find(id)
        .filter(c -> c.purpose() == Challenge.Purpose.SIGN_IN && c.openAt(now))
        .map(factors::view);
  }

  /**
   * Opens a challenge for signing in with a passkey alone (any passkey of this site), unless the
   * source is throttled.
   */
  public PasskeyOptionsOutcome passkeyOptions(RequestOrigin origin) {
    Instant now = context.now();
    Map<String, Instant> blockedUntil = sources.blockedUntil(sourceKeys(origin), now);
    if (!blockedUntil.isEmpty()) {
      return new PasskeyOptionsOutcome.Throttled(sourceThrottled(blockedUntil, origin, now));
    }
    Challenge challenge =
        factors.newChallenge(
            Challenge.Purpose.PASSKEY_SIGN_IN,
            null,
            null,
            null,
            Set.of(FactorMethod.PASSKEY),
            null);
    context.ports().transactions().run(() -> factors.store(challenge));
    return new PasskeyOptionsOutcome.Ready(factors.view(challenge));
  }

  /**
   * Signs in with a passkey alone, completing a {@link #passkeyOptions} challenge. The attempt is
   * counted on the source first, and given back unless it failed (a sign-in, a risk denial of a
   * good passkey, or a refusal before anything was checked is no failure).
   */
  public SecondFactorOutcome signInWithPasskey(
      ChallengeId id,
      String credentialJson,
      String deviceToken,
      boolean trustDevice,
      RequestOrigin origin) {
    Instant now = context.now();
    List<Throttle.Key> keys = sourceKeys(origin);
    CountedAttempt counted =
        context.ports().transactions().inTransaction(() -> sources.count(keys, now));
    Map<String, Instant> blockedUntil = counted.blockedUntil(now);
    if (!blockedUntil.isEmpty()) {
      context.ports().transactions().run(counted::giveBack);
      return new SecondFactorOutcome.Throttled(
          ReasonCode.AUTH_THROTTLED, sourceThrottled(blockedUntil, origin, now));
    }
    SecondFactorOutcome outcome =
        passkeySignIn(id, credentialJson, deviceToken, trustDevice, origin);
    boolean failed =
        outcome instanceof SecondFactorOutcome.Refused(var reason)
            && reason != ReasonCode.RISK_DENIED;
    if (!failed) {
      context.ports().transactions().run(counted::giveBack);
    }
    return outcome;
  }

  private SecondFactorOutcome passkeySignIn(
      ChallengeId id,
      String credentialJson,
      String deviceToken,
      boolean trustDevice,
      RequestOrigin origin) {
    Optional<Challenge> challenge =
        context
            .mfaPorts()
            .challenges()
            .find(id)
            .filter(c -> c.purpose() == Challenge.Purpose.PASSKEY_SIGN_IN);
    if (challenge.isEmpty()) {
      return new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
    }
    Optional<Account> account =
        relyingParty
            .presented(credentialJson)
            .flatMap(p -> context.mfaPorts().passkeys().findByCredentialId(p.credentialId()))
            .map(Passkey::account)
            .flatMap(context.ports().accounts()::findById)
            .filter(Account::emailVerified);
    String knownDevice = account.map(a -> knownDeviceHash(a, deviceToken)).orElse(null);
    String issuedToken = knownDevice != null ? deviceToken : context.tokens().newToken();
    AtomicReference<SignInVerdict> verdict = new AtomicReference<>();
    return outcome(
        factors.prove(
            challenge.get(),
            account.map(Account::id).orElse(null),
            account.map(a -> ProofThrottle.signInKey(a.id(), knownDevice)).orElse(null),
            new Proof.Passkey(credentialJson),
            origin,
            new SecondFactors.Completion<>() {
              @Override
              public Optional<ReasonCode> vet(AccountId owner) {
                SignInVerdict risk = assess(account.get(), knownDevice, issuedToken, origin);
                verdict.set(risk);
                if (risk.decision() != SignInVerdict.Decision.DENY) {
                  return Optional.empty();
                }
                refusedByRisk(account.get(), origin, risk);
                return Optional.of(ReasonCode.RISK_DENIED);
              }

              @Override
              public SecondFactorOutcome.SignedIn complete(
                  AccountId owner, FactorMethod method, Instant now) {
                return signIn(
                    account.get(),
                    knownDevice,
                    issuedToken,
                    trustDevice,
                    origin,
                    verdict.get(),
                    method,
                    now);
              }
            }));
  }

  /**
   * Opens the session of a sign-in whose second factor checked out, in the completing transaction.
   *
   * @param knownDeviceHash the hash of {@code deviceToken} if the account knows that device, else
   *     {@code null}
   * @param deviceToken the device token to hand out: the known one, or a new one
   */
  private SecondFactorOutcome.SignedIn signIn(
      Account account,
      String knownDeviceHash,
      String deviceToken,
      boolean trustDevice,
      RequestOrigin origin,
      SignInVerdict risk,
      FactorMethod method,
      Instant now) {
    SignInOutcome.SignedIn signedIn =
        opening.openWithin(
            account,
            context.tokens().newToken(),
            deviceToken,
            knownDeviceHash,
            origin,
            risk,
            method,
            false);
    TrustedDeviceView trusted =
        trustDevice ? trustedDevices.trust(account.id(), deviceToken, origin, now) : null;
    return new SecondFactorOutcome.SignedIn(signedIn, method, trusted);
  }

  /** The password throttle's keys for where a passkey sign-in comes from: its IP and network. */
  private List<Throttle.Key> sourceKeys(RequestOrigin origin) {
    return sources.keysFor(Optional.empty(), null, origin.ipAddress());
  }

  /** Audits a throttled source once per blocked period; returns how long to wait. */
  private Duration sourceThrottled(
      Map<String, Instant> blockedUntil, RequestOrigin origin, Instant now) {
    return throttledAudits.refuseAnonymous(
        context,
        "signin.throttled",
        null,
        origin,
        blockedUntil,
        now,
        Map.of("method", FactorMethod.PASSKEY.wireName()));
  }

  private String knownDeviceHash(Account account, String deviceToken) {
    if (!Tokens.plausible(deviceToken)) {
      return null;
    }
    String hash = Tokens.hash(deviceToken);
    return context.ports().history().knowsDevice(account.id(), hash) ? hash : null;
  }

  private SignInVerdict assess(
      Account account, String knownDevice, String issuedToken, RequestOrigin origin) {
    return context
        .ports()
        .signInRisk()
        .assess(
            new SignInFacts(
                context.ids().newId().toString(),
                account.id(),
                account.email().value(),
                context.now(),
                origin,
                Tokens.hash(issuedToken),
                knownDevice != null));
  }

  private void refusedByRisk(Account account, RequestOrigin origin, SignInVerdict risk) {
    Map<String, String> data = new HashMap<>();
    data.put("reason", "risk-denied");
    data.put("secondFactor", FactorMethod.PASSKEY.wireName());
    data.put("riskReasons", String.join(",", risk.reasons()));
    if (risk.assessed()) {
      data.put("assessment", risk.assessmentId());
    }
    context
        .ports()
        .transactions()
        .run(
            () ->
                context.audit(
                    new AuditEvent(
                        "signin.refused",
                        Actor.account(account.id()),
                        account.id(),
                        origin,
                        data)));
  }

  private static SecondFactorOutcome outcome(
      SecondFactors.Result<SecondFactorOutcome.SignedIn> result) {
    return switch (result) {
      case SecondFactors.Result.Proven<SecondFactorOutcome.SignedIn>(var signedIn, var method) ->
          signedIn;
      case SecondFactors.Result.Failed<SecondFactorOutcome.SignedIn>(var reason) ->
          new SecondFactorOutcome.Refused(reason);
      case SecondFactors.Result.Throttled<SecondFactorOutcome.SignedIn>(var retryAfter) ->
          new SecondFactorOutcome.Throttled(ReasonCode.AUTH_MFA_THROTTLED, retryAfter);
    };
  }
}
