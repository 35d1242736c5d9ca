package io.rampart.bench;

import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.identity.Authorization;
import io.rampart.identity.ChallengeView;
import io.rampart.identity.FactorChangeOutcome;
import io.rampart.identity.Identity;
import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.InMemoryAccountRepository;
import io.rampart.identity.InMemoryEmailVerificationRepository;
import io.rampart.identity.InMemoryMfa;
import io.rampart.identity.InMemorySessionRepository;
import io.rampart.identity.InMemorySignInHistory;
import io.rampart.identity.InMemoryThrottleStore;
import io.rampart.identity.PasskeyCreation;
import io.rampart.identity.PasskeyCreationOutcome;
import io.rampart.identity.PasswordHasher;
import io.rampart.identity.Proof;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.SignInAttempt;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.SoftwareAuthenticator;
import io.rampart.identity.StepUpOutcome;
import io.rampart.identity.TotpEnrolmentOutcome;
import io.rampart.identity.TotpTestCodes;
import io.rampart.identity.VerificationOutcome;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.InMemoryOutboxStore;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.NotificationSettings;
import io.rampart.notification.Notifications;
import io.rampart.notification.OutboxMessage;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Second-factor verifications per second, in-process on the in-memory ports: a whole step-up
 * ceremony (open the challenge, prove the factor, elevate the session, audit both) with an
 * authenticator-app code and with a passkey assertion, each beside the cryptography it cannot do
 * without (the three HMACs of a ±1-step TOTP check; one ECDSA P-256 signature and its
 * verification). Single-threaded: the clock moves one time step per app code, as codes are single
 * use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class MfaVerificationBenchmark {
  private static final String LINK = "https://bench.test/verify-email?token=";
  private static final String ORIGIN_URL = "https://bench.test";
  private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "bench");
  private static final String PASSWORD = "violet tractor umbrella 42 quiet";
  private static final Pattern CODE = Pattern.compile("(?m)^(\\d{6})$");

  private MutableClock clock;
  private Identity identity;
  private InMemoryOutboxStore outbox;
  private AccountId account;
  private SessionId session;
  private String secret;
  private SoftwareAuthenticator passkey;
  private byte[] seed;
  private KeyPair keys;
  private byte[] message;

  @Setup
  public void setUp() throws Exception {
    clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    SecureRandom random = new SecureRandom();
    IdGenerator ids = IdGenerator.timeOrdered(clock, random);
    InMemoryAuditStore audit = new InMemoryAuditStore();
    outbox = new InMemoryOutboxStore();
    IdentitySettings defaults = IdentitySettings.defaults(LINK);
    IdentitySettings settings =
        new IdentitySettings(
            defaults.sessionIdleTimeout(),
            defaults.sessionLifetime(),
            defaults.verificationTtl(),
            LINK,
            new IdentitySettings.PasswordPolicy(12, 128, 3, new Argon2Parameters(64, 1, 1)),
            defaults.throttling(),
            defaults.hashing());
    identity =
        new Identity(
            new IdentityPorts(
                new InMemoryAccountRepository(),
                new InMemorySessionRepository(),
                new InMemoryEmailVerificationRepository(),
                new InMemorySignInHistory(),
                new InMemoryThrottleStore(),
                audit.transactions(),
                new AuditTrail(audit, clock),
                new Notifications(outbox, clock, ids, NotificationSettings.defaults())),
            InMemoryMfa.ports(),
            settings,
            InMemoryMfa.settings("bench.test", ORIGIN_URL),
            PasswordHasher.argon2id(settings.passwordPolicy().argon2()),
            clock,
            random,
            ids);
    signIn();
    enrolFactors();
    seed = TotpTestCodes.decodeBase32(secret);
    keys = keyPair();
    message = new byte[37 + 32];
    random.nextBytes(message);
  }

  /** A step-up for a password change, proven with the authenticator app's next code. */
  @Benchmark
  public Object totpStepUp() {
    clock.advance(Duration.ofSeconds(30));
    ChallengeView challenge = challenge();
    return complete(challenge, new Proof.Totp(TotpTestCodes.code(secret, clock.instant())));
  }

  /** The floor of a ±1-step app-code check: three HMAC-SHA-1 codes. */
  @Benchmark
  public int totpCodesAlone() {
    Instant now = clock.instant();
    return TotpTestCodes.code(seed, now.minusSeconds(30)).hashCode()
        ^ TotpTestCodes.code(seed, now).hashCode()
        ^ TotpTestCodes.code(seed, now.plusSeconds(30)).hashCode();
  }

  /** A step-up for a password change, proven with a passkey (the authenticator signs too). */
  @Benchmark
  public Object passkeyStepUp() {
    ChallengeView challenge = challenge();
    return complete(
        challenge,
        new Proof.Passkey(
            passkey.assertion(challenge.passkey().rpId(), challenge.passkey().challenge())));
  }

  /** The floor of a passkey proof: one ECDSA P-256 signature and its verification. */
  @Benchmark
  public boolean ecdsaAlone() throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(message);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(keys.getPublic());
    verifier.update(message);
    return verifier.verify(signature);
  }

  private ChallengeView challenge() {
    Authorization started =
        identity.startStepUp(account, session, SensitiveAction.CHANGE_PASSWORD, ORIGIN);
    return ((Authorization.StepUpRequired) started).challenge();
  }

  private StepUpOutcome complete(ChallengeView challenge, Proof proof) {
    StepUpOutcome outcome =
        identity.completeStepUp(account, session, challenge.id(), proof, ORIGIN);
    if (!(outcome instanceof StepUpOutcome.Elevated)) {
      throw new IllegalStateException("the proof was refused: " + outcome);
    }
    return outcome;
  }

  private void signIn() {
    identity.register("bench@example.com", PASSWORD.toCharArray(), ORIGIN);
    OutboxMessage mail = outbox.list(null, 1).getFirst();
    Matcher link = Pattern.compile(Pattern.quote(LINK) + "([A-Za-z0-9_-]+)").matcher(mail.body());
    if (!link.find()
        || !(identity.verifyEmail(link.group(1), ORIGIN)
            instanceof VerificationOutcome.Verified(var verified))) {
      throw new IllegalStateException("could not verify the benchmark account");
    }
    account = verified;
    SignInOutcome outcome =
        identity.signIn(
            new SignInAttempt("bench@example.com", PASSWORD.toCharArray(), ORIGIN, null));
    session = ((SignInOutcome.SignedIn) outcome).session().id();
  }

  /** Elevates by e-mail, then sets up an authenticator app and a passkey. */
  private void enrolFactors() {
    ChallengeView challenge =
        ((Authorization.StepUpRequired)
                identity.startStepUp(account, session, SensitiveAction.ADD_FACTOR, ORIGIN))
            .challenge();
    Matcher code = CODE.matcher(newest(NoticeKind.MFA_EMAIL_CODE).body());
    if (!code.find()) {
      throw new IllegalStateException("no e-mailed code");
    }
    complete(challenge, new Proof.EmailCode(code.group(1)));
    secret =
        ((TotpEnrolmentOutcome.Started) identity.enrolTotp(account, session, ORIGIN))
            .enrolment()
            .secret();
    if (!(identity.confirmTotp(
            account, session, TotpTestCodes.code(secret, clock.instant()), ORIGIN)
        instanceof FactorChangeOutcome.Changed)) {
      throw new IllegalStateException("could not confirm the app");
    }
    PasskeyCreation options =
        ((PasskeyCreationOutcome.Ready) identity.passkeyCreation(account, session, ORIGIN))
            .options();
    passkey = new SoftwareAuthenticator(ORIGIN_URL);
    if (!(identity.registerPasskey(
            account,
            session,
            options.challengeId(),
            "bench",
            passkey.register(options.rpId(), options.challenge(), options.userHandle()),
            ORIGIN)
        instanceof FactorChangeOutcome.Changed)) {
      throw new IllegalStateException("could not register the passkey");
    }
  }

  private OutboxMessage newest(NoticeKind kind) {
    return outbox.list(null, 100).stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }
}
