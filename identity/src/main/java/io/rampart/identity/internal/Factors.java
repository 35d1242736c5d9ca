package io.rampart.identity.internal;

import io.rampart.identity.Account;
import io.rampart.identity.Challenge;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.Elevation;
import io.rampart.identity.FactorChangeOutcome;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.MfaOverview;
import io.rampart.identity.Passkey;
import io.rampart.identity.PasskeyCreation;
import io.rampart.identity.PasskeyCreationOutcome;
import io.rampart.identity.PasskeyView;
import io.rampart.identity.SecurityChange;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.TotpEnrolment;
import io.rampart.identity.TotpEnrolmentOutcome;
import io.rampart.identity.TotpFactor;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.Notice;
import io.rampart.notification.NoticeKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Adding, replacing and removing second factors. Every change needs a session elevated for it
 * ({@link StepUp}), still in force when the change completes (a set-up started under an elevation
 * does not outlive it): adding a factor (or new recovery codes) for {@link
 * SensitiveAction#ADD_FACTOR}, removing one for {@link SensitiveAction#REMOVE_FACTOR}; removing the
 * last authenticator needs an elevation earned with a factor or recovery code, never an e-mailed
 * code. Every change, in one transaction: revokes every trusted device, tells the owner at once,
 * and is audited; a removal also locks withdrawals. The account's first authenticator comes with
 * ten recovery codes, shown once.
 */
public final class Factors {
  static final int MAX_NAME_LENGTH = 64;

  private final Context context;
  private final StepUp stepUp;
  private final SecondFactors factors;
  private final TotpCodes codes;
  private final RelyingParty relyingParty;
  private final TrustedDevices trustedDevices;
  private final SecurityChanges securityChanges;
  private final ProofThrottle throttle;

  Factors(
      Context context,
      StepUp stepUp,
      SecondFactors factors,
      TotpCodes codes,
      RelyingParty relyingParty,
      TrustedDevices trustedDevices,
      SecurityChanges securityChanges,
      ProofThrottle throttle) {
    this.context = context;
    this.stepUp = stepUp;
    this.factors = factors;
    this.codes = codes;
    this.relyingParty = relyingParty;
    this.trustedDevices = trustedDevices;
    this.securityChanges = securityChanges;
    this.throttle = throttle;
  }

  public MfaOverview overview(AccountId account) {
    Optional<TotpFactor> totp = context.mfaPorts().totp().find(account);
    return new MfaOverview(
        totp.filter(TotpFactor::confirmed).isPresent(),
        totp.filter(t -> !t.confirmed()).isPresent(),
        context.mfaPorts().passkeys().findByAccount(account).stream().map(PasskeyView::of).toList(),
        context.mfaPorts().recoveryCodes().countUnused(account));
  }

  /** Starts an authenticator-app enrolment: a new seed, shown once, waiting for a current code. */
  public TotpEnrolmentOutcome enrolTotp(
      AccountId account, SessionId session, RequestOrigin origin) {
    if (!stepUp.allows(session, SensitiveAction.ADD_FACTOR)) {
      return new TotpEnrolmentOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    Optional<Account> owner = context.ports().accounts().findById(account);
    if (owner.isEmpty()) {
      return new TotpEnrolmentOutcome.Refused(ReasonCode.AUTH_UNAUTHENTICATED);
    }
    byte[] seed = new byte[TotpCodes.SEED_BYTES];
    context.random().nextBytes(seed);
    try {
      Instant now = context.now();
      TotpFactor pending =
          new TotpFactor(account, context.keys().seal(account, seed), now, null, null, session);
      boolean saved =
          context
              .ports()
              .transactions()
              .inTransaction(
                  () -> {
                    if (!context.mfaPorts().totp().savePending(pending)) {
                      return false;
                    }
                    context.auditOwn(account, "mfa.totp_enrolment_started", origin, Map.of());
                    return true;
                  });
      if (!saved) {
        return new TotpEnrolmentOutcome.Refused(ReasonCode.AUTH_MFA_ALREADY_ENROLLED);
      }
      String secret = Base32.encode(seed);
      String uri = otpauthUri(owner.get().email().value(), secret);
      return new TotpEnrolmentOutcome.Started(new TotpEnrolment(secret, uri, QrPng.of(uri)));
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /**
   * Confirms the pending enrolment with a current code; the code's time step is used up with it.
   * Only the session that started the set-up may confirm it, while its add-factor elevation is
   * still in force and within the challenge lifetime of the start: a set-up is the completion of
   * that elevation, so it must not outlive it. Wrong codes count on the account's hourly budget of
   * wrong proofs inside its sessions.
   */
  public FactorChangeOutcome confirmTotp(
      AccountId account, SessionId session, String code, RequestOrigin origin) {
    if (!stepUp.allows(session, SensitiveAction.ADD_FACTOR)) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    Instant now = context.now();
    Optional<TotpFactor> pending =
        context
            .mfaPorts()
            .totp()
            .find(account)
            .filter(t -> t.confirmableBy(session, now, context.mfa().challengeTtl()));
    if (pending.isEmpty()) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT);
    }
    ProofThrottle.Counted counted =
        throttle.count(ProofThrottle.stepUpKey(account), context.mfa().maxFailuresPerHour(), now);
    if (counted.blocked()) {
      return new FactorChangeOutcome.Throttled(counted.blockedFor());
    }
    byte[] seed = context.keys().open(account, pending.get().encryptedSeed());
    OptionalLong step;
    try {
      step = codes.matchingStep(seed, code, now);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
    if (step.isEmpty()) {
      context
          .ports()
          .transactions()
          .run(() -> context.auditOwn(account, "mfa.totp_confirmation_failed", origin, Map.of()));
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID);
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context
                  .mfaPorts()
                  .totp()
                  .confirm(account, pending.get().encryptedSeed(), now, step.getAsLong())) {
                return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT);
              }
              throttle.giveBack(counted);
              List<String> recoveryCodes = firstRecoveryCodes(account, origin, now);
              factorChanged(account, FactorMethod.TOTP, true, origin, now, Map.of());
              return new FactorChangeOutcome.Changed(null, recoveryCodes);
            });
  }

  /**
   * Removes the authenticator app; a pending enrolment is simply cancelled (it protected nothing
   * yet, so that needs no elevation).
   */
  public FactorChangeOutcome removeTotp(
      AccountId account, SessionId session, RequestOrigin origin) {
    Optional<TotpFactor> totp = context.mfaPorts().totp().find(account);
    if (totp.isEmpty()) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
    }
    if (!totp.get().confirmed()) {
      return context
          .ports()
          .transactions()
          .inTransaction(
              () -> {
                context.mfaPorts().totp().delete(account);
                context.auditOwn(account, "mfa.totp_enrolment_cancelled", origin, Map.of());
                return new FactorChangeOutcome.Changed(null, List.of());
              });
    }
    Optional<ReasonCode> refusal = removalRefusal(account, session, FactorMethod.TOTP);
    if (refusal.isPresent()) {
      return new FactorChangeOutcome.Refused(refusal.get());
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.mfaPorts().totp().delete(account)) {
                return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
              }
              removed(account, FactorMethod.TOTP, origin, Map.of());
              return new FactorChangeOutcome.Changed(null, List.of());
            });
  }

  /** Opens a passkey registration for the session: the options for the browser. */
  public PasskeyCreationOutcome passkeyCreation(
      AccountId account, SessionId session, RequestOrigin origin) {
    if (!stepUp.allows(session, SensitiveAction.ADD_FACTOR)) {
      return new PasskeyCreationOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    Optional<Account> owner = context.ports().accounts().findById(account);
    if (owner.isEmpty()) {
      return new PasskeyCreationOutcome.Refused(ReasonCode.AUTH_UNAUTHENTICATED);
    }
    Challenge challenge =
        factors.newChallenge(
            Challenge.Purpose.PASSKEY_REGISTRATION,
            account,
            session,
            SensitiveAction.ADD_FACTOR,
            Set.of(FactorMethod.PASSKEY),
            null);
    context.ports().transactions().run(() -> factors.store(challenge));
    return new PasskeyCreationOutcome.Ready(
        new PasskeyCreation(
            challenge.id(),
            challenge.webAuthnChallenge(),
            relyingParty.settings().rpId(),
            relyingParty.settings().rpName(),
            RelyingParty.userHandle(account),
            owner.get().email().value(),
            context.mfaPorts().passkeys().findByAccount(account).stream()
                .map(Passkey::credentialId)
                .toList(),
            relyingParty.settings().timeout(),
            challenge.expiresAt()));
  }

  /**
   * Registers the passkey the browser created for a {@link #passkeyCreation} challenge of this
   * session, while its add-factor elevation is still in force (the challenge may live longer).
   *
   * @param name what the owner calls it; blank gets a default
   */
  public FactorChangeOutcome registerPasskey(
      AccountId account,
      SessionId session,
      ChallengeId id,
      String name,
      String credentialJson,
      RequestOrigin origin) {
    if (!stepUp.allows(session, SensitiveAction.ADD_FACTOR)) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    Instant now = context.now();
    Optional<Challenge> challenge =
        context
            .mfaPorts()
            .challenges()
            .find(id)
            .filter(c -> c.purpose() == Challenge.Purpose.PASSKEY_REGISTRATION)
            .filter(c -> account.equals(c.account()) && session.equals(c.session()))
            .filter(c -> c.openAt(now));
    if (challenge.isEmpty()) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
    }
    RelyingParty.Registration registration =
        relyingParty.register(
            account, cleanName(name), credentialJson, challenge.get().webAuthnChallenge(), now);
    if (!(registration instanceof RelyingParty.Registration.Verified(Passkey passkey))) {
      return new FactorChangeOutcome.Refused(
          ((RelyingParty.Registration.Rejected) registration).reason());
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.mfaPorts().challenges().complete(id, now)) {
                return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND);
              }
              if (!context.mfaPorts().passkeys().insert(passkey)) {
                return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_PASSKEY_INVALID);
              }
              List<String> recoveryCodes = firstRecoveryCodes(account, origin, now);
              factorChanged(
                  account,
                  FactorMethod.PASSKEY,
                  true,
                  origin,
                  now,
                  Map.of("passkey", passkey.credentialId()));
              return new FactorChangeOutcome.Changed(PasskeyView.of(passkey), recoveryCodes);
            });
  }

  /** Renames one of the account's passkeys; a name is not a security change. */
  public boolean renamePasskey(
      AccountId account, String credentialId, String name, RequestOrigin origin) {
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.mfaPorts().passkeys().rename(account, credentialId, cleanName(name))) {
                return false;
              }
              context.auditOwn(
                  account, "mfa.passkey_renamed", origin, Map.of("passkey", credentialId));
              return true;
            });
  }

  public FactorChangeOutcome removePasskey(
      AccountId account, SessionId session, String credentialId, RequestOrigin origin) {
    boolean owned =
        context
            .mfaPorts()
            .passkeys()
            .findByCredentialId(credentialId)
            .filter(p -> p.account().equals(account))
            .isPresent();
    if (!owned) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
    }
    Optional<ReasonCode> refusal = removalRefusal(account, session, FactorMethod.PASSKEY);
    if (refusal.isPresent()) {
      return new FactorChangeOutcome.Refused(refusal.get());
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.mfaPorts().passkeys().delete(account, credentialId)) {
                return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_FACTOR_NOT_FOUND);
              }
              removed(account, FactorMethod.PASSKEY, origin, Map.of("passkey", credentialId));
              return new FactorChangeOutcome.Changed(null, List.of());
            });
  }

  /**
   * Replaces every recovery code with ten new ones, shown once. Like every factor change, it
   * revokes every trusted device: new codes are a new way in.
   */
  public FactorChangeOutcome regenerateRecoveryCodes(
      AccountId account, SessionId session, RequestOrigin origin) {
    if (!stepUp.allows(session, SensitiveAction.ADD_FACTOR)) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    if (!factors.hasAuthenticator(account)) {
      return new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED);
    }
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              Instant now = context.now();
              List<String> recoveryCodes = newRecoveryCodes(account, origin, now);
              trustedDevices.revokeAllWithin(account, origin, "recovery-codes-replaced");
              notifyOwner(account, NoticeKind.RECOVERY_CODES_REPLACED, origin, now, Map.of());
              return new FactorChangeOutcome.Changed(null, recoveryCodes);
            });
  }

  /**
   * Why the session may not remove a factor of this kind now, or empty if it may: it needs a fresh
   * elevation for removal, and removing the last authenticator needs one earned with a factor.
   */
  private Optional<ReasonCode> removalRefusal(
      AccountId account, SessionId session, FactorMethod removing) {
    if (!stepUp.allows(session, SensitiveAction.REMOVE_FACTOR)) {
      return Optional.of(ReasonCode.AUTH_STEP_UP_REQUIRED);
    }
    boolean last =
        factors.authenticators(account).stream()
                .filter(m -> m != FactorMethod.RECOVERY_CODE)
                .allMatch(m -> m == removing)
            && (removing != FactorMethod.PASSKEY
                || context.mfaPorts().passkeys().findByAccount(account).size() <= 1);
    Optional<FactorMethod> provenWith =
        stepUp.elevation(session, SensitiveAction.REMOVE_FACTOR).map(Elevation::method);
    if (last && provenWith.filter(FactorMethod::authenticator).isEmpty()) {
      return Optional.of(ReasonCode.AUTH_MFA_FACTOR_PROOF_REQUIRED);
    }
    return Optional.empty();
  }

  /** The tail of a removal, in its transaction; the last authenticator takes its codes along. */
  private void removed(
      AccountId account, FactorMethod method, RequestOrigin origin, Map<String, String> data) {
    Instant now = context.now();
    if (!factors.hasAuthenticator(account)) {
      context.mfaPorts().recoveryCodes().deleteAll(account);
    }
    securityChanges.record(account, SecurityChange.FACTOR_REMOVAL, now);
    factorChanged(account, method, false, origin, now, data);
  }

  /** Every factor change: trusted devices revoked, the owner told, the change audited. */
  private void factorChanged(
      AccountId account,
      FactorMethod method,
      boolean added,
      RequestOrigin origin,
      Instant now,
      Map<String, String> data) {
    trustedDevices.revokeAllWithin(account, origin, "factor-change");
    notifyOwner(
        account,
        added ? NoticeKind.SECOND_FACTOR_ADDED : NoticeKind.SECOND_FACTOR_REMOVED,
        origin,
        now,
        Map.of("method", describe(method)));
    Map<String, String> audit = new HashMap<>(data);
    audit.put("method", method.wireName());
    context.auditOwn(account, added ? "mfa.factor_added" : "mfa.factor_removed", origin, audit);
  }

  /** Ten codes if the account has no unused ones (its first authenticator), else none. */
  private List<String> firstRecoveryCodes(AccountId account, RequestOrigin origin, Instant now) {
    if (context.mfaPorts().recoveryCodes().countUnused(account) > 0) {
      return List.of();
    }
    return newRecoveryCodes(account, origin, now);
  }

  private List<String> newRecoveryCodes(AccountId account, RequestOrigin origin, Instant now) {
    List<String> recoveryCodes = RecoveryCodes.generate(context.random());
    context
        .mfaPorts()
        .recoveryCodes()
        .replaceAll(
            account, recoveryCodes.stream().map(RecoveryCodes::hashOfGenerated).toList(), now);
    context.auditOwn(
        account,
        "mfa.recovery_codes_generated",
        origin,
        Map.of("count", Integer.toString(recoveryCodes.size())));
    return recoveryCodes;
  }

  private void notifyOwner(
      AccountId account,
      NoticeKind kind,
      RequestOrigin origin,
      Instant now,
      Map<String, String> extra) {
    context
        .ports()
        .accounts()
        .findById(account)
        .ifPresent(
            owner -> {
              Map<String, String> values = new HashMap<>(Notices.originValues(origin, now));
              values.putAll(extra);
              context
                  .ports()
                  .notifications()
                  .enqueue(new Notice(account, owner.email().value(), kind, values));
            });
  }

  private static String describe(FactorMethod method) {
    return switch (method) {
      case TOTP -> "authenticator app";
      case PASSKEY -> "passkey";
      case RECOVERY_CODE -> "recovery codes";
      case EMAIL_CODE -> "e-mail code";
    };
  }

  private String otpauthUri(String email, String secret) {
    String issuer = context.mfa().issuer();
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(email)
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + codes.digits()
        + "&period="
        + TotpCodes.STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A passkey's name: printable, at most {@link #MAX_NAME_LENGTH} code points, never blank. */
  static String cleanName(String name) {
    if (name == null) {
      return "Passkey";
    }
    StringBuilder clean = new StringBuilder();
    name.strip()
        .codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .limit(MAX_NAME_LENGTH)
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    return result.isEmpty() ? "Passkey" : result;
  }
}
