package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.Challenge;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeRepository;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.Passkey;
import io.rampart.identity.Proof;
import io.rampart.identity.SecurityChange;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.TotpFactor;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Second-factor challenges: which factors an account can prove, opening a challenge, and checking a
 * proof against it. Checking a proof is one ceremony for sign-in, step-up and passkey sign-in:
 *
 * <ol>
 *   <li>the method must be one the challenge offers, and the challenge open and unexpired;
 *   <li>the attempt is counted on the hourly budget of wrong proofs the caller names ({@link
 *       ProofThrottle}: step-up, a known device's sign-ins, or every other sign-in), except a
 *       recovery code, so that an owner locked out by someone else's wrong guesses can still get
 *       in; and then on the challenge; both before anything is checked, so concurrent guesses
 *       cannot exceed either;
 *   <li>the proof is checked (outside any transaction);
 *   <li>a good proof is claimed in the transaction that completes the challenge: the time step of
 *       an app code, the recovery code or the passkey's counter are consumed there, and the store
 *       lets exactly one of concurrent claims win, so a replayed code loses even in a race, and of
 *       two assertions with one counter checked at once the second is refused as a clone;
 *   <li>a wrong or replayed proof stays counted; the last allowed one voids the challenge.
 * </ol>
 *
 * <p>A refusal on a used-up budget is audited once per blocked period of that budget ({@link
 * ThrottledAudits}), not for every refused attempt.
 */
final class SecondFactors {
  private static final int WEBAUTHN_CHALLENGE_BYTES = 32;
  private static final Duration EXPIRED_KEPT = Duration.ofDays(1);
  private static final int SWEEP_BATCH = 20;

  private final Context context;
  private final TotpCodes codes;
  private final RelyingParty relyingParty;
  private final ProofThrottle throttle;
  private final SecurityChanges securityChanges;
  private final TrustedDevices trustedDevices;
  private final ThrottledAudits throttledAudits = new ThrottledAudits();

  SecondFactors(
      Context context,
      TotpCodes codes,
      RelyingParty relyingParty,
      ProofThrottle throttle,
      SecurityChanges securityChanges,
      TrustedDevices trustedDevices) {
    this.context = context;
    this.codes = codes;
    this.relyingParty = relyingParty;
    this.throttle = throttle;
    this.securityChanges = securityChanges;
    this.trustedDevices = trustedDevices;
  }

  /** The result of a proof. */
  sealed interface Result<T> {
    record Proven<T>(T value, FactorMethod method) implements Result<T> {}

    record Failed<T>(ReasonCode reason) implements Result<T> {}

    record Throttled<T>(Duration retryAfter) implements Result<T> {}
  }

  /** What to do with a good proof. */
  interface Completion<T> {
    /** Runs once the proof checked out, outside any transaction; a reason refuses it after all. */
    default Optional<ReasonCode> vet(AccountId account) {
      return Optional.empty();
    }

    /** Runs in the transaction that completes the challenge. */
    T complete(AccountId account, FactorMethod method, Instant now);
  }

  /** The authenticators the account can prove, strongest first, with recovery codes last. */
  List<FactorMethod> authenticators(AccountId account) {
    List<FactorMethod> methods = new ArrayList<>(3);
    if (!context.mfaPorts().passkeys().findByAccount(account).isEmpty()) {
      methods.add(FactorMethod.PASSKEY);
    }
    if (context.mfaPorts().totp().find(account).filter(TotpFactor::confirmed).isPresent()) {
      methods.add(FactorMethod.TOTP);
    }
    if (!methods.isEmpty() && context.mfaPorts().recoveryCodes().countUnused(account) > 0) {
      methods.add(FactorMethod.RECOVERY_CODE);
    }
    return methods;
  }

  boolean hasAuthenticator(AccountId account) {
    return !context.mfaPorts().passkeys().findByAccount(account).isEmpty()
        || context.mfaPorts().totp().find(account).filter(TotpFactor::confirmed).isPresent();
  }

  /** A new open challenge (not stored yet). */
  Challenge newChallenge(
      Challenge.Purpose purpose,
      AccountId account,
      SessionId session,
      SensitiveAction action,
      Set<FactorMethod> methods,
      Challenge.PendingSignIn signIn) {
    Instant now = context.now();
    byte[] webAuthn = null;
    if (methods.contains(FactorMethod.PASSKEY)) {
      webAuthn = new byte[WEBAUTHN_CHALLENGE_BYTES];
      context.random().nextBytes(webAuthn);
    }
    return new Challenge(
        new ChallengeId(context.ids().newId()),
        purpose,
        account,
        session,
        action,
        methods.isEmpty() ? Set.of() : EnumSet.copyOf(methods),
        webAuthn,
        null,
        null,
        now,
        now.plus(context.mfa().challengeTtl()),
        0,
        Challenge.State.OPEN,
        null,
        signIn);
  }

  /**
   * Stores a new challenge in the caller's transaction, and deletes a few that expired more than a
   * day ago: challenges can be opened by anyone (a passkey sign-in), so whoever opens them also
   * sweeps, and the table stays bounded by the recent rate of openings without a background job.
   * Expired ones are kept a day to answer "expired" rather than "unknown".
   */
  void store(Challenge challenge) {
    context.mfaPorts().challenges().insert(challenge);
    context
        .mfaPorts()
        .challenges()
        .deleteExpired(challenge.createdAt().minus(EXPIRED_KEPT), SWEEP_BATCH);
  }

  /** The challenge as its client sees it; methods strongest first. */
  ChallengeView view(Challenge challenge) {
    List<FactorMethod> methods =
        Arrays.stream(FactorMethod.values()).filter(challenge.methods()::contains).toList();
    ChallengeView.PasskeyRequest passkey = null;
    if (challenge.webAuthnChallenge() != null) {
      List<String> allowed =
          challenge.account() == null
              ? List.of()
              : context.mfaPorts().passkeys().findByAccount(challenge.account()).stream()
                  .map(Passkey::credentialId)
                  .toList();
      passkey =
          new ChallengeView.PasskeyRequest(
              challenge.webAuthnChallenge(),
              relyingParty.settings().rpId(),
              allowed,
              userVerificationRequired(challenge),
              relyingParty.settings().timeout());
    }
    return new ChallengeView(
        challenge.id(),
        challenge.purpose(),
        challenge.action(),
        methods,
        challenge.expiresAt(),
        passkey);
  }

  /**
   * Counts a mailed code on the account's hourly mail cap, in the caller's transaction.
   *
   * @return the wait if the cap is reached (then nothing may be sent), else empty
   */
  Optional<Duration> mailBlocked(AccountId account) {
    ProofThrottle.Counted counted =
        throttle.count(
            ProofThrottle.mailKey(account), context.mfa().maxEmailCodesPerHour(), context.now());
    return counted.blocked() ? Optional.of(counted.blockedFor()) : Optional.empty();
  }

  /**
   * Mails a new 6-digit code for a challenge not stored yet, in the caller's transaction (which
   * stores the challenge returned: the one given with the code's keyed hash and expiry).
   */
  Challenge withMailedCode(Challenge challenge, Account account, RequestOrigin origin) {
    String code = String.format("%06d", context.random().nextInt(1_000_000));
    Instant expiresAt = context.now().plus(context.mfa().emailCodeTtl());
    context
        .ports()
        .notifications()
        .enqueue(
            new Notice(
                account.id(),
                account.email().value(),
                NoticeKind.MFA_EMAIL_CODE,
                Map.of(
                    "code",
                    code,
                    "expiresAt",
                    expiresAt.toString(),
                    "action",
                    challenge.action() == null ? "sign-in" : challenge.action().wireName())));
    context.auditOwn(
        account.id(),
        "mfa.email_code_sent",
        origin,
        Map.of("challenge", challenge.id().toString()));
    return challenge.withEmailCode(codeHash(challenge, code), expiresAt);
  }

  /**
   * Checks a proof against a challenge and, if it is good, completes the challenge and runs {@code
   * completion} in one transaction.
   *
   * @param account the account whose factor must be proven; {@code null} when a passkey named no
   *     known account (the attempt is counted and refused)
   * @param budget the {@link ProofThrottle} key wrong proofs count on; {@code null} only when
   *     {@code account} is
   */
  <T> Result<T> prove(
      Challenge challenge,
      AccountId account,
      String budget,
      Proof proof,
      RequestOrigin origin,
      Completion<T> completion) {
    Instant now = context.now();
    if (!challenge.methods().contains(proof.method())) {
      return new Result.Failed<>(ReasonCode.AUTH_MFA_METHOD_NOT_OFFERED);
    }
    Optional<ReasonCode> closed = closedReason(challenge, now);
    if (closed.isPresent()) {
      return new Result.Failed<>(closed.get());
    }
    ProofThrottle.Counted counted = null;
    if (budget != null && proof.method() != FactorMethod.RECOVERY_CODE) {
      counted = throttle.count(budget, context.mfa().maxFailuresPerHour(), now);
      if (counted.blocked()) {
        if (throttledAudits.firstOfPeriod(Map.of(budget, now.plus(counted.blockedFor())), now)) {
          context
              .ports()
              .transactions()
              .run(
                  () ->
                      audit(
                          account,
                          "mfa.throttled",
                          origin,
                          challenge,
                          proof.method(),
                          Map.of("budget", ProofThrottle.budgetName(budget))));
        }
        return new Result.Throttled<>(counted.blockedFor());
      }
    }
    ChallengeRepository challenges = context.mfaPorts().challenges();
    ProofThrottle.Counted reserved = counted;
    boolean claimed =
        context
            .ports()
            .transactions()
            .inTransaction(
                () -> {
                  if (challenges.claimAttempt(
                      challenge.id(), context.mfa().maxProofsPerChallenge(), now)) {
                    return true;
                  }
                  throttle.giveBack(reserved);
                  return false;
                });
    if (!claimed) {
      return new Result.Failed<>(refusalOfClaim(challenge.id(), now));
    }
    Check check = check(challenge, account, proof, now);
    if (check.claim() != null) {
      Optional<ReasonCode> vetoed = completion.vet(account);
      if (vetoed.isPresent()) {
        context.ports().transactions().run(() -> throttle.giveBack(reserved));
        return new Result.Failed<>(vetoed.get());
      }
      Optional<T> done =
          completeIfClaimed(challenge, account, proof, check, origin, reserved, now, completion);
      if (done.isPresent()) {
        return new Result.Proven<>(done.get(), proof.method());
      }
    }
    ReasonCode reason = check.reason() == null ? ReasonCode.AUTH_MFA_PROOF_INVALID : check.reason();
    return new Result.Failed<>(recordFailure(challenge, account, proof, reason, origin, now));
  }

  /** Why a challenge takes no more proofs, or empty if it is open. */
  private static Optional<ReasonCode> closedReason(Challenge challenge, Instant now) {
    return switch (challenge.state()) {
      case VOID -> Optional.of(ReasonCode.AUTH_MFA_CHALLENGE_VOID);
      case COMPLETED -> Optional.of(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
      case OPEN ->
          now.isBefore(challenge.expiresAt())
              ? Optional.empty()
              : Optional.of(ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED);
    };
  }

  /** Why an attempt could not be counted on the challenge, read after the fact. */
  private ReasonCode refusalOfClaim(ChallengeId id, Instant now) {
    Optional<Challenge> current = context.mfaPorts().challenges().find(id);
    if (current.isEmpty()) {
      return ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND;
    }
    Challenge challenge = current.get();
    if (challenge.state() == Challenge.State.OPEN
        && challenge.attempts() >= context.mfa().maxProofsPerChallenge()) {
      context
          .ports()
          .transactions()
          .run(() -> context.mfaPorts().challenges().voidChallenge(id, now));
      return ReasonCode.AUTH_MFA_CHALLENGE_VOID;
    }
    return closedReason(challenge, now).orElse(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
  }

  /**
   * A checked proof: {@code claim} consumes it in the completing transaction (returning whether it
   * was still unused), or is {@code null} for a wrong proof; {@code reason} says why the proof is
   * refused if it was wrong or its claim lost ({@code null}: {@code AUTH_MFA_PROOF_INVALID}).
   */
  private record Check(BooleanSupplier claim, ReasonCode reason) {
    static final Check WRONG = new Check(null, ReasonCode.AUTH_MFA_PROOF_INVALID);
  }

  /** Checks a proof; with no known account, only a passkey is looked at (to say why it fails). */
  private Check check(Challenge challenge, AccountId account, Proof proof, Instant now) {
    if (account == null && !(proof instanceof Proof.Passkey)) {
      return Check.WRONG;
    }
    return switch (proof) {
      case Proof.Totp(var code) -> checkTotp(account, code, now);
      case Proof.EmailCode(var code) -> checkEmailCode(challenge, code, now);
      case Proof.RecoveryCode(var code) ->
          RecoveryCodes.normalized(code)
              .<Check>map(
                  normal ->
                      new Check(
                          () ->
                              context
                                  .mfaPorts()
                                  .recoveryCodes()
                                  .use(account, RecoveryCodes.hash(normal), now),
                          null))
              .orElse(Check.WRONG);
      case Proof.Passkey(var json) -> checkPasskey(challenge, account, json, now);
    };
  }

  private Check checkTotp(AccountId account, String code, Instant now) {
    Optional<TotpFactor> factor =
        context.mfaPorts().totp().find(account).filter(TotpFactor::confirmed);
    if (factor.isEmpty()) {
      return Check.WRONG;
    }
    byte[] seed = context.keys().open(account, factor.get().encryptedSeed());
    try {
      OptionalLong step = codes.matchingStep(seed, code, now);
      if (step.isEmpty()) {
        return Check.WRONG;
      }
      long matched = step.getAsLong();
      return new Check(() -> context.mfaPorts().totp().claimStep(account, matched), null);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private Check checkEmailCode(Challenge challenge, String code, Instant now) {
    if (challenge.emailCodeHash() == null
        || challenge.emailCodeExpiresAt() == null
        || !now.isBefore(challenge.emailCodeExpiresAt())
        || code == null
        || code.length() != 6) {
      return Check.WRONG;
    }
    boolean equal =
        MessageDigest.isEqual(
            codeHash(challenge, code).getBytes(StandardCharsets.US_ASCII),
            challenge.emailCodeHash().getBytes(StandardCharsets.US_ASCII));
    return equal ? new Check(() -> true, null) : Check.WRONG;
  }

  /**
   * Checks a passkey assertion. Alone, the passkey names its account, so WebAuthn (§7.2, step 6)
   * requires the user handle and it must be the credential's user; as a second factor the account
   * is known and the handle may be left out, but a given one must still match.
   *
   * @param account the account, or {@code null} if the credential is unknown
   */
  private Check checkPasskey(Challenge challenge, AccountId account, String json, Instant now) {
    Optional<RelyingParty.Presented> presented = relyingParty.presented(json);
    if (presented.isEmpty() || challenge.webAuthnChallenge() == null) {
      return Check.WRONG;
    }
    byte[] handle = presented.get().userHandle();
    boolean handleGiven = handle != null && handle.length > 0;
    if (!handleGiven && challenge.purpose() == Challenge.Purpose.PASSKEY_SIGN_IN) {
      return new Check(null, ReasonCode.AUTH_MFA_PASSKEY_USER_HANDLE_REQUIRED);
    }
    Optional<Passkey> passkey =
        context
            .mfaPorts()
            .passkeys()
            .findByCredentialId(presented.get().credentialId())
            .filter(p -> p.account().equals(account));
    if (passkey.isEmpty()
        || (handleGiven && !Arrays.equals(handle, RelyingParty.userHandle(account)))) {
      return Check.WRONG;
    }
    RelyingParty.Assertion assertion =
        relyingParty.verify(
            passkey.get(),
            json,
            challenge.webAuthnChallenge(),
            userVerificationRequired(challenge));
    return switch (assertion) {
      case RelyingParty.Assertion.Verified(var count, var verified, var backedUp) ->
          new Check(
              () ->
                  context
                      .mfaPorts()
                      .passkeys()
                      .recordUse(
                          passkey.get().credentialId(),
                          count,
                          passkey.get().uvInitialized() || verified,
                          backedUp,
                          now),
              ReasonCode.AUTH_MFA_PASSKEY_CLONED);
      case RelyingParty.Assertion.Rejected(var reason) -> new Check(null, reason);
    };
  }

  private <T> Optional<T> completeIfClaimed(
      Challenge challenge,
      AccountId account,
      Proof proof,
      Check check,
      RequestOrigin origin,
      ProofThrottle.Counted counted,
      Instant now,
      Completion<T> completion) {
    try {
      return Optional.of(
          context
              .ports()
              .transactions()
              .inTransaction(
                  () -> {
                    if (!check.claim().getAsBoolean()
                        || !context.mfaPorts().challenges().complete(challenge.id(), now)) {
                      throw Lost.INSTANCE;
                    }
                    throttle.giveBack(counted);
                    if (proof.method() == FactorMethod.RECOVERY_CODE) {
                      recoveryCodeUsed(account, origin, now);
                    }
                    return completion.complete(account, proof.method(), now);
                  }));
    } catch (Lost lost) {
      return Optional.empty();
    }
  }

  /** A good proof that lost the race for its single use: everything it wrote is rolled back. */
  private static final class Lost extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Lost INSTANCE = new Lost();

    private Lost() {
      super("proof already used", null, false, false);
    }
  }

  /**
   * Using a recovery code is a security change: the owner hears of it, withdrawals lock, and every
   * trusted device must prove a factor again (whoever used the code may hold one of them).
   */
  private void recoveryCodeUsed(AccountId account, RequestOrigin origin, Instant now) {
    int left = context.mfaPorts().recoveryCodes().countUnused(account);
    securityChanges.record(account, SecurityChange.RECOVERY_CODE_USE, now);
    trustedDevices.revokeAllWithin(account, origin, "recovery-code-use");
    context
        .ports()
        .accounts()
        .findById(account)
        .ifPresent(
            owner -> {
              Map<String, String> values = new HashMap<>(Notices.originValues(origin, now));
              values.put("remaining", Integer.toString(left));
              context
                  .ports()
                  .notifications()
                  .enqueue(
                      new Notice(
                          account, owner.email().value(), NoticeKind.RECOVERY_CODE_USED, values));
            });
    context.auditOwn(
        account, "mfa.recovery_code_used", origin, Map.of("remaining", Integer.toString(left)));
  }

  /** Records a failed proof; the last allowed one voids the challenge. */
  private ReasonCode recordFailure(
      Challenge challenge,
      AccountId account,
      Proof proof,
      ReasonCode reason,
      RequestOrigin origin,
      Instant now) {
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              audit(
                  account,
                  "mfa.proof_failed",
                  origin,
                  challenge,
                  proof.method(),
                  Map.of("reason", reason.name()));
              Optional<Challenge> current = context.mfaPorts().challenges().find(challenge.id());
              boolean exhausted =
                  current.isPresent()
                      && current.get().attempts() >= context.mfa().maxProofsPerChallenge();
              if (exhausted && context.mfaPorts().challenges().voidChallenge(challenge.id(), now)) {
                audit(account, "mfa.challenge_voided", origin, challenge, proof.method(), Map.of());
              }
              return exhausted ? ReasonCode.AUTH_MFA_CHALLENGE_VOID : reason;
            });
  }

  private void audit(
      AccountId account,
      String type,
      RequestOrigin origin,
      Challenge challenge,
      FactorMethod method,
      Map<String, String> extra) {
    Map<String, String> data = new HashMap<>(extra);
    data.put("challenge", challenge.id().toString());
    data.put("purpose", challenge.purpose().name());
    data.put("method", method.wireName());
    context.audit(
        new AuditEvent(
            type,
            account == null ? Actor.ANONYMOUS : Actor.account(account),
            account,
            origin,
            data));
  }

  private String codeHash(Challenge challenge, String code) {
    return context.keys().codeHash(challenge.id(), code);
  }

  /** A passkey alone must verify its user; as a second factor, presence is enough. */
  private static boolean userVerificationRequired(Challenge challenge) {
    return challenge.purpose() == Challenge.Purpose.PASSKEY_SIGN_IN;
  }
}
