package io.rampart.bench;

import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.identity.AuthenticationOutcome;
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
import io.rampart.identity.PasswordHasher;
import io.rampart.identity.SignInAttempt;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.VerificationOutcome;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import io.rampart.notification.InMemoryOutboxStore;
import io.rampart.notification.NotificationSettings;
import io.rampart.notification.Notifications;
import io.rampart.notification.OutboxMessage;
import java.security.SecureRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Session-token validation in-process: hashing the presented token, finding the session and
 * checking its idle and absolute expiry, through the real {@link Identity} facade over the
 * in-memory ports (so the figure is Rampart's own cost, not a database round trip). The clock
 * stands still, so no validation has to record a new last-seen time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class SessionValidationBenchmark {
  private static final String LINK = "https://rampart.bench/verify-email?token=";
  private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "bench/1");

  private Identity identity;
  private String token;

  @Setup
  public void setUp() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    SecureRandom random = new SecureRandom();
    IdGenerator ids = IdGenerator.timeOrdered(clock, random);
    InMemoryAuditStore audit = new InMemoryAuditStore();
    InMemoryOutboxStore outbox = new InMemoryOutboxStore();
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
            InMemoryMfa.settings("bench.test", "https://bench.test"),
            PasswordHasher.argon2id(settings.passwordPolicy().argon2()),
            clock,
            random,
            ids);
    String password = "violet tractor umbrella 42 quiet";
    identity.register("bench@example.com", password.toCharArray(), ORIGIN);
    OutboxMessage mail = outbox.list(null, 1).getFirst();
    Matcher link = Pattern.compile(Pattern.quote(LINK) + "([A-Za-z0-9_-]+)").matcher(mail.body());
    if (!link.find()
        || !(identity.verifyEmail(link.group(1), ORIGIN) instanceof VerificationOutcome.Verified)) {
      throw new IllegalStateException("could not verify the benchmark account");
    }
    SignInOutcome outcome =
        identity.signIn(
            new SignInAttempt("bench@example.com", password.toCharArray(), ORIGIN, null));
    token = ((SignInOutcome.SignedIn) outcome).token();
  }

  @Benchmark
  public AuthenticationOutcome validateToken() {
    return identity.authenticate(token, ORIGIN);
  }
}
