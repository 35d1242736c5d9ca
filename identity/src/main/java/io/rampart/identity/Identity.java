package io.rampart.identity;

import io.rampart.identity.internal.UseCases;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity use cases. Thread-safe. Each method that changes state does so in one transaction
 * together with its audit records and notices.
 */
public final class Identity {
  private final UseCases useCases;
  private final MfaSettings mfaSettings;

  public Identity(
      IdentityPorts ports,
      MfaPorts mfaPorts,
      IdentitySettings settings,
      MfaSettings mfaSettings,
      PasswordHasher hasher,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(mfaPorts, "mfaPorts");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(mfaSettings, "mfaSettings");
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(ids, "ids");
    this.mfaSettings = mfaSettings;
    this.useCases =
        new UseCases(ports, mfaPorts, settings, mfaSettings, hasher, clock, random, ids);
  }

  /**
   * Registers an account, or tells the address's owner that someone tried to. Same answer and same
   * work either way, so the response does not reveal whether the address has an account. An account
   * whose address was never verified and has no live verification link left is registered again:
   * the new password replaces the old one and a new link goes out.
   */
  public RegistrationOutcome register(String email, char[] password, RequestOrigin origin) {
    return useCases.registration().register(email, password, known(origin));
  }

  public VerificationOutcome verifyEmail(String token, RequestOrigin origin) {
    return useCases.emailConfirmation().verifyEmail(token, known(origin));
  }

  /**
   * Signs in with e-mail and password. When the account has a second factor and this sign-in needs
   * it, the answer is {@link SignInOutcome.SecondFactorRequired}: no session yet, a challenge to
   * complete with {@link #completeSignIn}.
   */
  public SignInOutcome signIn(SignInAttempt attempt) {
    return useCases.signIn().signIn(attempt);
  }

  /**
   * Completes a sign-in that needs a second factor.
   *
   * @param deviceToken the client's device token, or {@code null}
   * @param trustDevice whether to trust this device for the configured time
   */
  public SecondFactorOutcome completeSignIn(
      ChallengeId challenge,
      Proof proof,
      String deviceToken,
      boolean trustDevice,
      RequestOrigin origin) {
    return useCases
        .secondFactorSignIn()
        .complete(challenge, proof, deviceToken, trustDevice, known(origin));
  }

  /** A sign-in challenge that is still open, as its client sees it (to show it again). */
  public Optional<ChallengeView> signInChallenge(ChallengeId challenge) {
    return useCases.secondFactorSignIn().view(challenge);
  }

  /**
   * Opens a challenge for signing in with a passkey alone, unless the source failed too often
   * lately (the IP and network throttle of password sign-ins).
   */
  public PasskeyOptionsOutcome passkeySignInOptions(RequestOrigin origin) {
    return useCases.secondFactorSignIn().passkeyOptions(known(origin));
  }

  /**
   * Signs in with a passkey alone (discoverable credential, user verified). A failure counts on the
   * source's IP and network, as a failed password does.
   */
  public SecondFactorOutcome signInWithPasskey(
      ChallengeId challenge,
      String credentialJson,
      String deviceToken,
      boolean trustDevice,
      RequestOrigin origin) {
    return useCases
        .secondFactorSignIn()
        .signInWithPasskey(challenge, credentialJson, deviceToken, trustDevice, known(origin));
  }

  /** Checks a bearer token and, if the session is active, records its use. */
  public AuthenticationOutcome authenticate(String token, RequestOrigin origin) {
    return useCases.authentication().authenticate(token, known(origin));
  }

  /** The account's active sessions, newest first, with {@code current} flagged. */
  public List<SessionView> sessions(AccountId account, SessionId current) {
    return useCases.sessions().sessions(account, current);
  }

  /**
   * One of the account's own active sessions, with {@code current} flagged; empty if it is unknown,
   * ended, expired or another account's.
   */
  public Optional<SessionView> session(AccountId account, SessionId target, SessionId current) {
    return useCases.sessions().session(account, target, current);
  }

  /**
   * Ends one of the account's own sessions at the request of {@code current}: the session itself
   * (signing out) always may; another one needs the {@link SensitiveAction#END_SESSIONS} elevation
   * if the catalogue asks for one.
   */
  public SessionEndOutcome endSession(
      AccountId account, SessionId current, SessionId target, RequestOrigin origin) {
    return useCases.sessions().endSession(account, current, target, known(origin));
  }

  /**
   * Ends every session of the account but {@code current}; needs the {@link
   * SensitiveAction#END_SESSIONS} elevation if the catalogue asks for one.
   */
  public SessionEndOutcome endOtherSessions(
      AccountId account, SessionId current, RequestOrigin origin) {
    return useCases.sessions().endOtherSessions(account, current, known(origin));
  }

  /** Needs the session elevated for {@link SensitiveAction#CHANGE_PASSWORD}. */
  public PasswordChangeOutcome changePassword(
      AccountId account,
      SessionId current,
      char[] currentPassword,
      char[] newPassword,
      RequestOrigin origin) {
    return useCases
        .passwordChange()
        .changePassword(account, current, currentPassword, newPassword, known(origin));
  }

  public Optional<AccountOverview> overview(AccountId account) {
    return useCases.overviews().overview(account);
  }

  /**
   * Whether the session may do the action now: granted, or the step-up challenge to pass first (an
   * e-mailed code is sent with it when that is the method), or refused.
   */
  public Authorization authorize(
      AccountId account, SessionId session, SensitiveAction action, RequestOrigin origin) {
    return useCases.stepUp().authorize(account, session, action, known(origin));
  }

  /** Starts a step-up for the action, even if the session is elevated for it already. */
  public Authorization startStepUp(
      AccountId account, SessionId session, SensitiveAction action, RequestOrigin origin) {
    return useCases.stepUp().start(account, session, action, known(origin));
  }

  /** A step-up challenge of this session that is still open (to show it again). */
  public Optional<ChallengeView> stepUpChallenge(
      AccountId account, SessionId session, ChallengeId challenge) {
    return useCases.stepUp().view(account, session, challenge);
  }

  public StepUpOutcome completeStepUp(
      AccountId account,
      SessionId session,
      ChallengeId challenge,
      Proof proof,
      RequestOrigin origin) {
    return useCases.stepUp().complete(account, session, challenge, proof, known(origin));
  }

  /** The action catalogue in force. */
  public ActionCatalogue actionCatalogue() {
    return mfaSettings.actions();
  }

  public MfaOverview secondFactors(AccountId account) {
    return useCases.factors().overview(account);
  }

  /** Needs the session elevated for {@link SensitiveAction#ADD_FACTOR}. */
  public TotpEnrolmentOutcome enrolTotp(
      AccountId account, SessionId session, RequestOrigin origin) {
    return useCases.factors().enrolTotp(account, session, known(origin));
  }

  /**
   * Confirms the app set-up this session started, within ten minutes (the challenge lifetime) and
   * while the session is still elevated for {@link SensitiveAction#ADD_FACTOR}.
   */
  public FactorChangeOutcome confirmTotp(
      AccountId account, SessionId session, String code, RequestOrigin origin) {
    return useCases.factors().confirmTotp(account, session, code, known(origin));
  }

  /** Needs the session elevated for {@link SensitiveAction#REMOVE_FACTOR}. */
  public FactorChangeOutcome removeTotp(
      AccountId account, SessionId session, RequestOrigin origin) {
    return useCases.factors().removeTotp(account, session, known(origin));
  }

  /** Needs the session elevated for {@link SensitiveAction#ADD_FACTOR}. */
  public PasskeyCreationOutcome passkeyCreation(
      AccountId account, SessionId session, RequestOrigin origin) {
    return useCases.factors().passkeyCreation(account, session, known(origin));
  }

  /** Needs the session still elevated for {@link SensitiveAction#ADD_FACTOR}. */
  public FactorChangeOutcome registerPasskey(
      AccountId account,
      SessionId session,
      ChallengeId challenge,
      String name,
      String credentialJson,
      RequestOrigin origin) {
    return useCases
        .factors()
        .registerPasskey(account, session, challenge, name, credentialJson, known(origin));
  }

  /**
   * @return whether the account has that passkey
   */
  public boolean renamePasskey(
      AccountId account, String credentialId, String name, RequestOrigin origin) {
    return useCases.factors().renamePasskey(account, credentialId, name, known(origin));
  }

  /** Needs the session elevated for {@link SensitiveAction#REMOVE_FACTOR}. */
  public FactorChangeOutcome removePasskey(
      AccountId account, SessionId session, String credentialId, RequestOrigin origin) {
    return useCases.factors().removePasskey(account, session, credentialId, known(origin));
  }

  /** Needs the session elevated for {@link SensitiveAction#ADD_FACTOR}. */
  public FactorChangeOutcome regenerateRecoveryCodes(
      AccountId account, SessionId session, RequestOrigin origin) {
    return useCases.factors().regenerateRecoveryCodes(account, session, known(origin));
  }

  /**
   * The account's trusted devices, newest first.
   *
   * @param currentDeviceToken the asking client's device token (flagged current), or {@code null}
   */
  public List<TrustedDeviceView> trustedDevices(AccountId account, String currentDeviceToken) {
    return useCases.trustedDevices().list(account, currentDeviceToken);
  }

  /**
   * @return whether the account had that device trusted
   */
  public boolean revokeTrustedDevice(
      AccountId account, TrustedDeviceId device, RequestOrigin origin) {
    return useCases.trustedDevices().revoke(account, device, known(origin));
  }

  /**
   * @return how many devices were trusted
   */
  public int revokeTrustedDevices(AccountId account, RequestOrigin origin) {
    return useCases.trustedDevices().revokeAll(account, known(origin));
  }

  /** The port the withdrawal check asks whether withdrawals are locked. */
  public WithdrawalLocks withdrawalLocks() {
    return useCases.securityChanges();
  }

  /**
   * Records a security change made by another capability (an e-mail change, a disabled whitelist),
   * so withdrawals lock as the table says.
   */
  public void recordSecurityChange(AccountId account, SecurityChange change, RequestOrigin origin) {
    useCases.securityChanges().recordFrom(account, change, known(origin));
  }

  private static RequestOrigin known(RequestOrigin origin) {
    return origin == null ? RequestOrigin.INTERNAL : origin;
  }
}
