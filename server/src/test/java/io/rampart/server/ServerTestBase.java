package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditStore;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.MutableClock;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import io.rampart.server.config.RampartProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The base of every server integration test: the whole application on a random port, a real
 * embedded PostgreSQL in a fresh data directory under {@code target/it-data}, a {@link
 * MutableClock} in place of the system clock, cheap Argon2 parameters, and the screening fixture
 * lists ({@link SanctionsFixture}) in a folder tests may add lists to.
 *
 * <p>The risk engine writes its profiles (and their {@code risk.assessed} audit record) behind only
 * once an hour, so nothing appends to the audit trail between a test's request and its checks.
 *
 * <p>All subclasses share one Spring context (and so one database): use fresh e-mail addresses per
 * test ({@link #freshEmail()}) and never assume the database is empty. A subclass that needs other
 * settings gets its own context with its own data directory, and each context starts PostgreSQL:
 * tests that need mail over SMTP or Rampart's default throttling extend {@link MailTestBase}, the
 * one extra context, instead of adding properties of their own.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "rampart.data-dir=target/it-data/${random.uuid}",
      "rampart.public-base-url=" + ServerTestBase.PUBLIC_BASE_URL,
      "rampart.password.argon2.memory-kib=1024",
      "rampart.password.argon2.iterations=1",
      "rampart.throttling.free-source-failures=100000",
      "rampart.throttling.free-network-failures=100000",
      "rampart.sanctions-dir=" + SanctionsFixture.DIRECTORY,
      "rampart.screening.reload-interval=0s",
      "rampart.risk.flush-interval=1h"
    })
@Import(TestClockConfiguration.class)
public abstract class ServerTestBase {
  public static final String PUBLIC_BASE_URL = "http://rampart.test";
  public static final String PASSWORD = "Tangerine-Harbour-Lantern-47";
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final AtomicInteger EMAILS = new AtomicInteger();
  private static final Pattern TOKEN_IN_LINK = Pattern.compile("verify-email\\?token=([^\\s\"<]+)");

  static {
    SanctionsFixture.prepare();
  }

  @LocalServerPort protected int port;
  @Autowired protected MutableClock clock;
  @Autowired protected RampartProperties properties;
  @Autowired protected OutboxStore outbox;
  @Autowired protected AuditStore auditStore;
  @Autowired protected AuditTrail audit;

  protected ApiClient api;

  @BeforeEach
  void connect() {
    api = new ApiClient("http://localhost:" + port);
  }

  /** An address no other test uses. */
  protected static String freshEmail() {
    return "user" + EMAILS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
  }

  protected ApiClient.Reply register(String email, String password) {
    return api.post("/api/v1/accounts").json(Map.of("email", email, "password", password)).send();
  }

  /** The newest outbox messages to {@code email}, newest first. */
  protected List<OutboxMessage> outboxTo(String email) {
    return outbox.list(null, 1000).stream().filter(m -> m.recipient().equals(email)).toList();
  }

  /** The token in the newest verification link sent to {@code email}. */
  protected String verificationToken(String email) {
    OutboxMessage message =
        outboxTo(email).stream()
            .filter(m -> m.kind() == NoticeKind.EMAIL_VERIFICATION)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no verification message to " + email));
    Matcher matcher = TOKEN_IN_LINK.matcher(message.body());
    assertThat(matcher.find()).as("verification link in the message body").isTrue();
    return matcher.group(1);
  }

  protected ApiClient.Reply verify(String token) {
    return api.post("/api/v1/accounts/email-verification").json(Map.of("token", token)).send();
  }

  /** Registers and verifies a fresh account; returns its address. */
  protected String verifiedAccount() {
    String email = freshEmail();
    assertThat(register(email, PASSWORD).status()).isEqualTo(202);
    assertThat(verify(verificationToken(email)).status()).isEqualTo(200);
    return email;
  }

  protected ApiClient.Reply signIn(String email, String password) {
    return api.post("/api/v1/sessions").json(Map.of("email", email, "password", password)).send();
  }

  /** A signed-in session: its id, bearer token and device token. */
  protected record SignedIn(String sessionId, String token, String deviceToken) {}

  protected SignedIn signedIn(String email) {
    ApiClient.Reply reply = signIn(email, PASSWORD);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var body = reply.json();
    return new SignedIn(
        body.path("sessionId").asString(),
        body.path("token").asString(),
        body.path("deviceToken").asString());
  }

  private static final Pattern EMAILED_CODE = Pattern.compile("(?m)^(\\d{6})\\r?$");

  /** The code in the newest e-mailed confirmation code to {@code email}. */
  protected String emailedCode(String email) {
    return codeIn(
        outboxTo(email).stream()
            .filter(m -> m.kind() == NoticeKind.MFA_EMAIL_CODE)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no e-mailed code to " + email))
            .body());
  }

  protected static String codeIn(String body) {
    Matcher matcher = EMAILED_CODE.matcher(body);
    assertThat(matcher.find()).as("a 6-digit code in the mail").isTrue();
    return matcher.group(1);
  }

  /**
   * Elevates the session for {@code action} with an e-mailed code, as an account without an
   * authenticator app or passkey does. The clock moves on a millisecond first, so that this code's
   * mail is the newest one even when an earlier code went to the same address.
   *
   * @return the code it used, or {@code null} if the session was elevated already
   */
  protected String stepUpByEmail(String token, String email, String action) {
    clock.advance(java.time.Duration.ofMillis(1));
    ApiClient.Reply started =
        api.post("/api/v1/step-up").bearer(token).json(Map.of("action", action)).send();
    if (started.status() == 200) {
      return null;
    }
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String challengeId = started.json().path("challengeId").asString();
    String code = emailedCode(email);
    ApiClient.Reply elevated =
        api.post("/api/v1/step-up/" + challengeId)
            .bearer(token)
            .json(Map.of("method", "email", "code", code))
            .send();
    assertThat(elevated.status()).as(elevated.body()).isEqualTo(200);
    return code;
  }

  protected String operatorToken() {
    try {
      return Files.readString(properties.dataDir().resolve("operator-token")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The account's audit events, newest first. */
  protected List<AuditRecord> auditOf(String accountId) {
    return audit.forAccount(AccountId.parse(accountId), null, 1000);
  }

  /** What has been written so far, as far as the audit chain and the outbox tell. */
  protected record Writes(long auditHead, long outboxMessages) {}

  protected Writes writes() {
    long head = auditStore.head().map(AuditStore.Head::sequence).orElse(0L);
    long messages = outbox.list(null, 100_000).size();
    return new Writes(head, messages);
  }
}
