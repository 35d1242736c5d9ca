package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.IdentitySettings.HashingLimits;
import io.rampart.identity.IdentitySettings.PasswordPolicy;
import io.rampart.identity.IdentitySettings.Throttling;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import io.rampart.notification.InMemoryOutboxStore;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.NotificationSettings;
import io.rampart.notification.Notifications;
import io.rampart.notification.OutboxMessage;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identity wired to in-memory fakes, a movable clock and cheap Argon2 parameters. */
final class IdentityFixture {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final Argon2Parameters CHEAP = new Argon2Parameters(64, 1, 1);
  static final String LINK_BASE = "https://rampart.test/verify-email?token=";
  static final String EMAIL = "owner@example.com";
  static final String PASSWORD = "violet tractor umbrella 42 quiet";
  static final RequestOrigin HOME = new RequestOrigin("203.0.113.7", "Firefox/140");
  static final RequestOrigin ATTACKER = new RequestOrigin("198.51.100.66", "curl/8");

  /** Small numbers so throttling shows within a few attempts. */
  static final Throttling THROTTLING =
      new Throttling(3, 6, 10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));

  static IdentitySettings settings(Argon2Parameters argon2, HashingLimits hashing) {
    return new IdentitySettings(
        Duration.ofMinutes(15),
        Duration.ofHours(12),
        Duration.ofHours(24),
        LINK_BASE,
        new PasswordPolicy(12, 128, 3, argon2),
        THROTTLING,
        hashing);
  }

  static IdentitySettings settings() {
    return settings(CHEAP, new HashingLimits(4, 16, Duration.ofSeconds(10)));
  }

  static final String RP_ID = "rampart.test";
  static final String ORIGIN = "https://rampart.test";

  static MfaSettings mfaSettings() {
    byte[] key = new byte[MfaSettings.SecretKey.LENGTH];
    new SecureRandom().nextBytes(key);
    return MfaSettings.defaults(
        new MfaSettings.SecretKey(key),
        new MfaSettings.WebAuthn(
            RP_ID, "Rampart", java.util.Set.of(ORIGIN), Duration.ofMinutes(2)));
  }

  final MutableClock clock = new MutableClock(T0);
  final SecureRandom random = new SecureRandom();
  final IdGenerator ids = IdGenerator.timeOrdered(clock, random);
  final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  final InMemorySessionRepository sessions = new InMemorySessionRepository();
  final InMemoryEmailVerificationRepository verifications =
      new InMemoryEmailVerificationRepository();
  final InMemorySignInHistory history = new InMemorySignInHistory();
  final InMemoryThrottleStore throttles = new InMemoryThrottleStore();
  final InMemoryAuditStore auditStore = new InMemoryAuditStore();
  final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
  final ScriptedSignInRisk risk = new ScriptedSignInRisk();
  final InMemoryTotpRepository totp = new InMemoryTotpRepository();
  final InMemoryPasskeyRepository passkeys = new InMemoryPasskeyRepository();
  final InMemoryRecoveryCodeRepository recoveryCodes = new InMemoryRecoveryCodeRepository();
  final InMemoryChallengeRepository challenges = new InMemoryChallengeRepository();
  final InMemoryTrustedDeviceRepository trustedDevices = new InMemoryTrustedDeviceRepository();
  final InMemoryElevationRepository elevations = new InMemoryElevationRepository();
  final InMemoryWithdrawalLockRepository withdrawalLocks = new InMemoryWithdrawalLockRepository();
  final MfaPorts mfaPorts =
      new MfaPorts(
          totp, passkeys, recoveryCodes, challenges, trustedDevices, elevations, withdrawalLocks);
  MfaSettings mfa = mfaSettings();
  final IdentityPorts ports =
      new IdentityPorts(
          accounts,
          sessions,
          verifications,
          history,
          throttles,
          auditStore.transactions(),
          new AuditTrail(auditStore, clock),
          new Notifications(outbox, clock, ids, NotificationSettings.defaults()),
          risk);
  CountingHasher hasher;
  Identity identity;

  IdentityFixture() {
    this(settings());
  }

  IdentityFixture(IdentitySettings settings) {
    restart(settings);
  }

  /** A new Identity over the same stores, as after a redeploy with other settings. */
  void restart(IdentitySettings settings) {
    restart(settings, PasswordHasher.argon2id(settings.passwordPolicy().argon2()));
  }

  /** Sets the catalogue's rule for {@code action} and restarts, as an operator's setting would. */
  void configure(SensitiveAction action, ActionCatalogue.Rule rule) {
    mfa = mfaWith(mfa.signInPolicy(), mfa.actions().with(action, rule), mfa.withdrawalLocks());
    restart(settings());
  }

  /** The MFA settings in force with another sign-in policy, action catalogue and lock table. */
  MfaSettings mfaWith(
      MfaSettings.SignInPolicy policy,
      ActionCatalogue actions,
      java.util.Map<SecurityChange, Duration> withdrawalLocks) {
    MfaSettings m = mfa;
    return new MfaSettings(
        m.key(),
        m.issuer(),
        m.webAuthn(),
        policy,
        m.challengeTtl(),
        m.emailCodeTtl(),
        m.maxProofsPerChallenge(),
        m.maxFailuresPerHour(),
        m.maxEmailCodesPerHour(),
        m.trustedDeviceTtl(),
        m.stepUpTtl(),
        actions,
        withdrawalLocks);
  }

  /** A new Identity whose every hash takes at least {@code pause}, so concurrent calls overlap. */
  void slowHashing(Duration pause) {
    IdentitySettings settings = settings();
    restart(
        settings,
        new SlowHasher(PasswordHasher.argon2id(settings.passwordPolicy().argon2()), pause));
  }

  private void restart(IdentitySettings settings, PasswordHasher real) {
    hasher = new CountingHasher(real);
    identity = new Identity(ports, mfaPorts, settings, mfa, hasher, clock, random, ids);
    hasher.resetCounts();
  }

  RegistrationOutcome register(String email, String password) {
    return identity.register(email, password.toCharArray(), HOME);
  }

  /** Registers and verifies {@link #EMAIL} with {@link #PASSWORD}. */
  AccountId owner() {
    return verifiedAccount(EMAIL, PASSWORD);
  }

  AccountId verifiedAccount(String email, String password) {
    assertThat(register(email, password)).isEqualTo(new RegistrationOutcome.Accepted());
    VerificationOutcome verified = identity.verifyEmail(verificationToken(email), HOME);
    return ((VerificationOutcome.Verified) verified).account();
  }

  SignInOutcome signIn(String email, String password, RequestOrigin origin, String deviceToken) {
    return identity.signIn(new SignInAttempt(email, password.toCharArray(), origin, deviceToken));
  }

  SignInOutcome.SignedIn signedIn(RequestOrigin origin, String deviceToken) {
    SignInOutcome outcome = signIn(EMAIL, PASSWORD, origin, deviceToken);
    assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
    return (SignInOutcome.SignedIn) outcome;
  }

  /** The token in the newest verification mail to {@code email}. */
  String verificationToken(String email) {
    OutboxMessage mail =
        mails(NoticeKind.EMAIL_VERIFICATION).stream()
            .filter(m -> m.recipient().equals(EmailAddress.parse(email).orElseThrow().value()))
            .max(Comparator.comparing(OutboxMessage::createdAt))
            .orElseThrow();
    Matcher link =
        Pattern.compile(Pattern.quote(LINK_BASE) + "([A-Za-z0-9_-]+)").matcher(mail.body());
    assertThat(link.find()).as("verification link in the mail").isTrue();
    return link.group(1);
  }

  List<OutboxMessage> mails() {
    return outbox.list(null, 1000).reversed();
  }

  List<OutboxMessage> mails(NoticeKind kind) {
    return mails().stream().filter(m -> m.kind() == kind).toList();
  }

  List<AuditRecord> audits() {
    List<AuditRecord> records = new ArrayList<>();
    auditStore.forEachInOrder(records::add);
    return records;
  }

  List<String> auditTypes() {
    return audits().stream().map(AuditRecord::type).toList();
  }

  AuditRecord lastAudit() {
    return audits().getLast();
  }

  /** The newest audit record of this type. */
  AuditRecord lastAuditOf(String type) {
    return audits().reversed().stream()
        .filter(r -> r.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " audit record"));
  }

  // Multi-factor helpers --------------------------------------------------------------------

  /**
   * The code in the newest e-mailed confirmation code (the clock moves on, so mails are ordered).
   */
  String emailCode() {
    clock.advance(Duration.ofMillis(1));
    OutboxMessage mail = mails(NoticeKind.MFA_EMAIL_CODE).getLast();
    Matcher code = Pattern.compile("\\n(\\d{6})\\n").matcher(mail.body());
    assertThat(code.find()).as("code in the mail").isTrue();
    return code.group(1);
  }

  /**
   * Elevates the session for the action with an e-mailed code (accounts without authenticators).
   */
  void stepUpByEmail(
      AccountId account, io.rampart.kernel.SessionId session, SensitiveAction action) {
    Authorization started = identity.authorize(account, session, action, HOME);
    if (started instanceof Authorization.Granted) {
      return;
    }
    assertThat(started).isInstanceOf(Authorization.StepUpRequired.class);
    ChallengeView challenge = ((Authorization.StepUpRequired) started).challenge();
    assertThat(challenge.methods()).containsExactly(FactorMethod.EMAIL_CODE);
    assertThat(
            identity.completeStepUp(
                account, session, challenge.id(), new Proof.EmailCode(emailCode()), HOME))
        .isInstanceOf(StepUpOutcome.Elevated.class);
  }

  /** Elevates the session for the action with a code of the authenticator app. */
  void stepUpByTotp(
      AccountId account, io.rampart.kernel.SessionId session, SensitiveAction action, byte[] seed) {
    Authorization started = identity.startStepUp(account, session, action, HOME);
    ChallengeView challenge = ((Authorization.StepUpRequired) started).challenge();
    assertThat(
            identity.completeStepUp(
                account, session, challenge.id(), new Proof.Totp(nextTotpCode(seed)), HOME))
        .isInstanceOf(StepUpOutcome.Elevated.class);
  }

  /** Sets up and confirms an authenticator app; returns its seed. */
  Enrolled enrolTotp(AccountId account, io.rampart.kernel.SessionId session) {
    stepUpByEmail(account, session, SensitiveAction.ADD_FACTOR);
    TotpEnrolmentOutcome started = identity.enrolTotp(account, session, HOME);
    assertThat(started).isInstanceOf(TotpEnrolmentOutcome.Started.class);
    byte[] seed =
        TotpTestCodes.decodeBase32(((TotpEnrolmentOutcome.Started) started).enrolment().secret());
    FactorChangeOutcome confirmed =
        identity.confirmTotp(account, session, nextTotpCode(seed), HOME);
    assertThat(confirmed).isInstanceOf(FactorChangeOutcome.Changed.class);
    return new Enrolled(seed, ((FactorChangeOutcome.Changed) confirmed).recoveryCodes());
  }

  record Enrolled(byte[] seed, List<String> recoveryCodes) {}

  /**
   * A code for the current time step; if that step may already be used, the clock first moves to
   * the next step, as a person waits for a new code.
   */
  String nextTotpCode(byte[] seed) {
    clock.advance(Duration.ofSeconds(30));
    return TotpTestCodes.code(seed, clock.instant());
  }

  String totpCode(byte[] seed) {
    return TotpTestCodes.code(seed, clock.instant());
  }

  /** Signs in with the password and answers the second-factor challenge it asks for. */
  ChallengeView challenged(RequestOrigin origin, String deviceToken) {
    SignInOutcome outcome = signIn(EMAIL, PASSWORD, origin, deviceToken);
    assertThat(outcome).isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    return ((SignInOutcome.SecondFactorRequired) outcome).challenge();
  }

  SecondFactorOutcome complete(ChallengeView challenge, Proof proof) {
    return identity.completeSignIn(challenge.id(), proof, null, false, HOME);
  }
}
