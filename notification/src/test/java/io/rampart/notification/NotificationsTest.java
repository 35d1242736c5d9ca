package io.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.MutableClock;
import io.rampart.notification.OutboxMessage.Status;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationsTest {
  private static final AccountId ALICE =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));
  private static final UUID MESSAGE_ID = UUID.fromString("0190f3a2-0000-7000-8000-0000000000e1");
  private static final String LINK = "https://rampart.example/verify?token=s3cr3t-t0ken";

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-02T10:15:30.123456789Z"));
  private final InMemoryOutboxStore store = new InMemoryOutboxStore();
  private final Notifications notifications =
      new Notifications(store, clock, () -> MESSAGE_ID, NotificationSettings.defaults());

  private static Notice verification(String recipient) {
    return new Notice(
        ALICE,
        recipient,
        NoticeKind.EMAIL_VERIFICATION,
        Map.of("link", LINK, "expiresAt", "2026-11-03 10:15 UTC"));
  }

  @Test
  void putsARenderedPendingMessageInTheOutbox() {
    UUID id = notifications.enqueue(verification("alice@example.com"));

    Instant now = Instant.parse("2026-11-02T10:15:30.123456Z");
    OutboxMessage message = store.find(id).orElseThrow();
    assertThat(id).isEqualTo(MESSAGE_ID);
    assertThat(message.account()).isEqualTo(ALICE);
    assertThat(message.kind()).isEqualTo(NoticeKind.EMAIL_VERIFICATION);
    assertThat(message.recipient()).isEqualTo("alice@example.com");
    assertThat(message.subject()).isEqualTo("Confirm your e-mail address for Rampart");
    assertThat(message.body()).contains(LINK);
    assertThat(message.status()).isEqualTo(Status.PENDING);
    assertThat(message.attempts()).isZero();
    assertThat(message.createdAt()).isEqualTo(now);
    assertThat(message.nextAttemptAt()).isEqualTo(now);
    assertThat(message.sentAt()).isNull();
    assertThat(message.lastError()).isNull();
  }

  @Test
  void enqueuesNothingWhenAValueIsMissing() {
    Notice incomplete =
        new Notice(ALICE, "alice@example.com", NoticeKind.EMAIL_VERIFICATION, Map.of("link", LINK));

    assertThatThrownBy(() -> notifications.enqueue(incomplete))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt");
    assertThat(store.countByStatus(Status.PENDING)).isZero();
  }

  @Test
  void rejectsARecipientThatCouldInjectMailHeaders() {
    assertThatThrownBy(
            () -> notifications.enqueue(verification("alice@example.com\r\nBcc: eve@example.com")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.enqueue(verification(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.countByStatus(Status.PENDING)).isZero();
  }

  @Test
  void keepsTheLinkOutOfTheNoticeAndMessageText() {
    notifications.enqueue(verification("alice@example.com"));

    assertThat(verification("alice@example.com").toString()).doesNotContain("s3cr3t");
    assertThat(store.find(MESSAGE_ID).orElseThrow().toString())
        .doesNotContain("s3cr3t")
        .doesNotContain("alice@example.com");
  }
}
