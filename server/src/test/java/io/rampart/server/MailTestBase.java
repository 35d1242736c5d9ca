package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import io.rampart.server.outbox.OutboxDispatchLoop;
import io.rampart.server.outbox.SmtpMessageSender;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the integration tests that need mail delivery or Rampart's own throttling: the one
 * extra context beside {@link ServerTestBase}'s, with its own database. The outbox is delivered
 * over SMTP to {@link #MAIL} (a GreenMail server on a fixed loopback port), polled every few
 * milliseconds; retries wait for the test clock ({@code rampart.outbox.*} below). Throttling has
 * its defaults, set explicitly because the shared context raises them.
 *
 * <p>Every subclass inherits the same {@link DynamicPropertySource} method and so shares this
 * context; do not add other properties to a subclass.
 */
public abstract class MailTestBase extends ServerTestBase {
  protected static final TestMailServer MAIL = TestMailServer.startOnFreePort();

  /** Long enough for any delivery on a loaded machine; tests wait up to this, never assert it. */
  protected static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final Pattern LINK = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");

  @DynamicPropertySource
  static void mailAndThrottling(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", MAIL::host);
    registry.add("spring.mail.port", MAIL::port);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "5000");
    registry.add("rampart.outbox.poll-interval", () -> "50ms");
    registry.add("rampart.outbox.initial-backoff", () -> "10s");
    registry.add("rampart.outbox.max-backoff", () -> "1m");
    registry.add("rampart.outbox.lease", () -> "1m");
    registry.add("rampart.throttling.free-account-failures", () -> "5");
    registry.add("rampart.throttling.free-source-failures", () -> "20");
    registry.add("rampart.throttling.free-network-failures", () -> "100");
  }

  @Autowired protected OutboxDispatchLoop dispatchLoop;

  /** Waits (up to {@link #PATIENCE}) until {@code condition} holds. */
  protected static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + what, e);
      }
    }
  }

  /** The newest outbox message of this kind to {@code email}. */
  protected OutboxMessage outboxMessage(String email, NoticeKind kind) {
    return outboxTo(email).stream()
        .filter(m -> m.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " message to " + email));
  }

  protected OutboxMessage.Status statusOf(UUID message) {
    return outbox.find(message).orElseThrow().status();
  }

  /**
   * Waits until the outbox has delivered everything it holds for {@code email}; after that, what
   * the mail server holds for that address is final.
   */
  protected void awaitNothingPendingFor(String email) {
    await(
        "no PENDING message to " + email,
        () -> outboxTo(email).stream().noneMatch(m -> m.status() == OutboxMessage.Status.PENDING));
  }

  /** The copies of this outbox message the mail server received, recognised by Message-ID. */
  protected static List<MimeMessage> copiesOf(OutboxMessage message) {
    return MAIL.messagesTo(message.recipient()).stream()
        .filter(m -> messageIdOf(message).equals(TestMailServer.messageId(m)))
        .toList();
  }

  /**
   * Here the outbox delivers, and a delivered message no longer holds its body: the token comes
   * from the mail itself.
   */
  @Override
  protected String verificationToken(String email) {
    return tokenFromVerificationMail(email);
  }

  /** Waits for the verification mail to {@code email}; returns the token in its link. */
  protected String tokenFromVerificationMail(String email) {
    OutboxMessage sent = outboxMessage(email, NoticeKind.EMAIL_VERIFICATION);
    await(
        "the verification mail to " + email,
        () -> statusOf(sent.id()) == OutboxMessage.Status.SENT);
    List<MimeMessage> copies = copiesOf(sent);
    assertThat(copies).as("copies of the verification mail").hasSize(1);
    Matcher link = LINK.matcher(TestMailServer.text(copies.getFirst()));
    assertThat(link.find()).as("a verification link in the mail").isTrue();
    return link.group(1);
  }

  /** Here, too, the code comes from the delivered mail. */
  @Override
  protected String emailedCode(String email) {
    OutboxMessage sent = outboxMessage(email, NoticeKind.MFA_EMAIL_CODE);
    await("the code mail to " + email, () -> statusOf(sent.id()) == OutboxMessage.Status.SENT);
    List<MimeMessage> copies = copiesOf(sent);
    assertThat(copies).as("copies of the code mail").hasSize(1);
    return codeIn(TestMailServer.text(copies.getFirst()));
  }

  protected static String messageIdOf(OutboxMessage message) {
    return SmtpMessageSender.messageIdOf(message);
  }
}
