package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import io.rampart.server.outbox.SmtpMessageSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail over real SMTP: what arrives, with which Message-ID, and how often, through outages. */
class MailDeliveryIT extends MailTestBase {

  @Nested
  class Registration {
    @Test
    void deliversTheVerificationMailWhoseLinkVerifiesTheAddress() {
      String email = freshEmail();
      assertThat(register(email, PASSWORD).status()).isEqualTo(202);

      String token = tokenFromVerificationMail(email);

      assertThat(verify(token).status()).isEqualTo(200);
      assertThat(signIn(email, PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void keepsNoVerificationTokenInTheOutboxOnceTheMailIsSent() {
      String email = freshEmail();
      register(email, PASSWORD);

      String token = tokenFromVerificationMail(email);

      OutboxMessage sent = outboxMessage(email, NoticeKind.EMAIL_VERIFICATION);
      assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
      assertThat(sent.body()).isEqualTo(OutboxStore.REMOVED_BODY).doesNotContain(token);
      ApiClient.Reply listing =
          api.get("/api/v1/admin/outbox?status=sent&limit=500").bearer(operatorToken()).send();
      assertThat(listing.status()).isEqualTo(200);
      assertThat(listing.body()).contains(sent.id().toString()).doesNotContain(token);
    }

    @Test
    void marksTheMailWithAMessageIdMadeFromTheOutboxMessageId() {
      String email = freshEmail();
      register(email, PASSWORD);
      OutboxMessage message = outboxMessage(email, NoticeKind.EMAIL_VERIFICATION);

      await("the verification mail", () -> !copiesOf(message).isEmpty());

      assertThat(MAIL.messagesTo(email)).hasSize(1);
      assertThat(TestMailServer.messageId(MAIL.messagesTo(email).getFirst()))
          .isEqualTo("<" + message.id() + "@rampart>");
    }
  }

  @Nested
  class NewSignIn {
    @Test
    void mailsTheOwnerAboutAFirstSignInButNotAboutTheSameDeviceReturning() {
      String email = freshEmail();
      register(email, PASSWORD);
      verify(tokenFromVerificationMail(email));

      SignedIn first = signedIn(email);
      ApiClient.Reply again =
          api.post("/api/v1/sessions")
              .header("X-Rampart-Device", first.deviceToken())
              .json(Map.of("email", email, "password", PASSWORD))
              .send();
      assertThat(again.status()).isEqualTo(201);
      awaitNothingPendingFor(email);

      OutboxMessage notice = outboxMessage(email, NoticeKind.NEW_SIGN_IN);
      assertThat(outboxTo(email)).filteredOn(m -> m.kind() == NoticeKind.NEW_SIGN_IN).hasSize(1);
      assertThat(copiesOf(notice)).hasSize(1);
      assertThat(TestMailServer.text(copiesOf(notice).getFirst())).contains("127.0.0.1");
      assertThat(MAIL.messagesTo(email)).as("the verification mail and one notice").hasSize(2);
    }
  }

  @Nested
  class Outage {
    @Autowired SmtpMessageSender sender;

    @Test
    void deliversTheNoticeExactlyOnceAfterTheMailServerComesBack() {
      String email = freshEmail();
      register(email, PASSWORD);
      verify(tokenFromVerificationMail(email));

      MAIL.stop();
      OutboxMessage notice;
      try {
        signedIn(email);
        notice = outboxMessage(email, NoticeKind.NEW_SIGN_IN);
        await("a failed attempt", () -> outbox.find(notice.id()).orElseThrow().attempts() > 0);
      } finally {
        MAIL.start();
      }
      OutboxMessage failed = outbox.find(notice.id()).orElseThrow();
      assertThat(failed.status()).isEqualTo(OutboxMessage.Status.PENDING);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.lastError()).startsWith("SMTP delivery failed");
      assertThat(failed.nextAttemptAt()).isAfter(clock.instant());

      clock.advance(properties.outbox().initialBackoff().plusSeconds(1));
      await("the retried delivery", () -> statusOf(notice.id()) == OutboxMessage.Status.SENT);

      assertThat(copiesOf(notice)).hasSize(1);
      assertThat(MAIL.messagesTo(email)).hasSize(1);
    }

    @Test
    void resendsWithTheSameMessageIdWhenTheDispatcherDiedBetweenSendingAndMarking()
        throws Exception {
      String email = freshEmail();
      register(email, PASSWORD);
      verify(tokenFromVerificationMail(email));

      dispatchLoop.stop();
      OutboxMessage notice;
      try {
        signedIn(email);
        Instant now = clock.instant();
        List<OutboxMessage> claimed =
            outbox.claimDue(now, now.plus(properties.outbox().lease()), 1000);
        notice =
            claimed.stream()
                .filter(m -> m.recipient().equals(email) && m.kind() == NoticeKind.NEW_SIGN_IN)
                .findFirst()
                .orElseThrow();
        sender.send(notice);
      } finally {
        dispatchLoop.start();
      }
      await("the first copy", () -> copiesOf(notice).size() == 1);
      assertThat(statusOf(notice.id())).isEqualTo(OutboxMessage.Status.PENDING);

      clock.advance(properties.outbox().lease().plus(Duration.ofSeconds(1)));
      await("the resent copy", () -> statusOf(notice.id()) == OutboxMessage.Status.SENT);

      assertThat(copiesOf(notice)).hasSize(2);
      assertThat(MAIL.messagesTo(email)).as("the verification mail and two copies").hasSize(3);
      assertThat(outbox.markSent(notice.id(), clock.instant()))
          .as("the message is marked sent once only")
          .isFalse();
    }
  }
}
