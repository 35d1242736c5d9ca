package io.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.MutableClock;
import io.rampart.notification.OutboxDispatcher.Report;
import io.rampart.notification.OutboxMessage.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {
  private static final AccountId ALICE =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final NotificationSettings SETTINGS =
      new NotificationSettings(
          5, Duration.ofSeconds(10), Duration.ofSeconds(30), LEASE, 10, "Rampart");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:15:30Z"));
  private final InMemoryOutboxStore store = new InMemoryOutboxStore();
  private final RecordingMessageSender sender = new RecordingMessageSender();
  private final AtomicLong nextId = new AtomicLong(1);
  private final Notifications notifications =
      new Notifications(store, clock, () -> new UUID(0L, nextId.getAndIncrement()), SETTINGS);

  private OutboxDispatcher dispatcher(MessageSender using, OutboxStore in) {
    return new OutboxDispatcher(in, using, clock, SETTINGS);
  }

  private UUID enqueueSignIn() {
    return notifications.enqueue(
        new Notice(
            ALICE,
            "alice@example.com",
            NoticeKind.NEW_SIGN_IN,
            Map.of("ipAddress", "203.0.113.7", "userAgent", "agent", "occurredAt", "now")));
  }

  private OutboxMessage stored(UUID id) {
    return store.find(id).orElseThrow();
  }

  @Nested
  class Sending {
    @Test
    void sendsEveryDueMessageAndMarksItSent() {
      UUID first = enqueueSignIn();
      UUID second = enqueueSignIn();

      Report report = dispatcher(sender, store).dispatchDue();

      assertThat(report).isEqualTo(new Report(2, 2, 0, 0));
      assertThat(sender.sent()).extracting(OutboxMessage::id).containsExactly(first, second);
      assertThat(stored(first).status()).isEqualTo(Status.SENT);
      assertThat(stored(first).sentAt()).isEqualTo(clock.instant());
      assertThat(store.countByStatus(Status.SENT)).isEqualTo(2);
    }

    @Test
    void doesNothingWhenNothingIsDue() {
      assertThat(dispatcher(sender, store).dispatchDue()).isEqualTo(new Report(0, 0, 0, 0));
      assertThat(sender.sent()).isEmpty();
    }

    @Test
    void claimsNoMoreThanOneBatchPerRound() {
      for (int i = 0; i < SETTINGS.batchSize() + 3; i++) {
        enqueueSignIn();
      }

      assertThat(dispatcher(sender, store).dispatchDue().claimed()).isEqualTo(SETTINGS.batchSize());
      assertThat(dispatcher(sender, store).dispatchDue().claimed()).isEqualTo(3);
    }

    @Test
    void countsAMessageAnotherDispatcherAlreadyMarkedAsSentWithoutFailing() {
      UUID id = enqueueSignIn();
      MessageSender racedBySomeoneElse =
          message -> {
            sender.send(message);
            store.markSent(message.id(), clock.instant());
          };

      Report report = dispatcher(racedBySomeoneElse, store).dispatchDue();

      assertThat(report).isEqualTo(new Report(1, 1, 0, 0));
      assertThat(stored(id).status()).isEqualTo(Status.SENT);
    }
  }

  @Nested
  class Retrying {
    @Test
    void retriesWithABackoffThatDoublesUpToTheMaximum() {
      UUID id = enqueueSignIn();
      sender.failNext(4);
      OutboxDispatcher dispatcher = dispatcher(sender, store);

      List<Duration> waits =
          List.of(
              Duration.ofSeconds(10),
              Duration.ofSeconds(20),
              Duration.ofSeconds(30),
              Duration.ofSeconds(30));
      for (int attempt = 1; attempt <= waits.size(); attempt++) {
        Instant failedAt = clock.instant();

        assertThat(dispatcher.dispatchDue()).isEqualTo(new Report(1, 0, 1, 0));

        OutboxMessage message = stored(id);
        assertThat(message.status()).isEqualTo(Status.PENDING);
        assertThat(message.attempts()).isEqualTo(attempt);
        assertThat(message.nextAttemptAt()).isEqualTo(failedAt.plus(waits.get(attempt - 1)));
        assertThat(message.lastError()).isEqualTo("simulated outage: relay refused the message");
        clock.set(message.nextAttemptAt());
      }

      assertThat(dispatcher.dispatchDue()).isEqualTo(new Report(1, 1, 0, 0));
      assertThat(stored(id).status()).isEqualTo(Status.SENT);
    }

    @Test
    void doesNotRetryBeforeTheBackoffEnds() {
      enqueueSignIn();
      sender.failNext(1);
      OutboxDispatcher dispatcher = dispatcher(sender, store);
      dispatcher.dispatchDue();

      clock.advance(Duration.ofSeconds(9));
      assertThat(dispatcher.dispatchDue().claimed()).isZero();
      clock.advance(Duration.ofSeconds(1));
      assertThat(dispatcher.dispatchDue().claimed()).isOne();
    }

    @Test
    void givesUpAfterTheLastAttempt() {
      UUID id = enqueueSignIn();
      sender.failNext(SETTINGS.maxAttempts());
      OutboxDispatcher dispatcher = dispatcher(sender, store);

      for (int attempt = 1; attempt < SETTINGS.maxAttempts(); attempt++) {
        assertThat(dispatcher.dispatchDue().retried()).isOne();
        clock.set(stored(id).nextAttemptAt());
      }
      assertThat(dispatcher.dispatchDue()).isEqualTo(new Report(1, 0, 0, 1));

      assertThat(stored(id).status()).isEqualTo(Status.FAILED);
      assertThat(stored(id).attempts()).isEqualTo(SETTINGS.maxAttempts());
      clock.advance(Duration.ofDays(1));
      assertThat(dispatcher.dispatchDue().claimed()).isZero();
      assertThat(sender.sent()).isEmpty();
    }

    @Test
    void treatsAnyRuntimeExceptionFromTheSenderAsAFailedAttempt() {
      UUID broken = enqueueSignIn();
      UUID fine = enqueueSignIn();
      MessageSender flaky =
          message -> {
            if (message.id().equals(broken)) {
              throw new IllegalStateException("connection reset");
            }
            sender.send(message);
          };

      Report report = dispatcher(flaky, store).dispatchDue();

      assertThat(report).isEqualTo(new Report(2, 1, 1, 0));
      assertThat(stored(broken).lastError()).isEqualTo("connection reset");
      assertThat(stored(fine).status()).isEqualTo(Status.SENT);
    }

    @Test
    void keepsABoundedErrorTextAndNeverTheBody() {
      UUID id = enqueueSignIn();
      String body = stored(id).body();
      MessageSender verbose =
          message -> {
            throw new MessageSender.DeliveryException("x".repeat(2_000), null);
          };

      dispatcher(verbose, store).dispatchDue();

      assertThat(stored(id).lastError()).hasSize(500).isEqualTo("x".repeat(500));
      assertThat(stored(id).lastError()).doesNotContain(body);
    }

    @Test
    void namesTheExceptionWhenItHasNoMessage() {
      UUID id = enqueueSignIn();
      MessageSender silent =
          message -> {
            throw new NullPointerException();
          };

      dispatcher(silent, store).dispatchDue();

      assertThat(stored(id).lastError()).isEqualTo("NullPointerException");
    }
  }

  @Nested
  class RecoveringFromACrash {
    /** Sends through the real store but loses the first markSent, as a node dying would. */
    private final class CrashAfterSending implements OutboxStore {
      private boolean crashed;

      @Override
      public boolean markSent(UUID id, Instant sentAt) {
        if (!crashed) {
          crashed = true;
          throw new IllegalStateException("node died before marking the message sent");
        }
        return store.markSent(id, sentAt);
      }

      @Override
      public void insert(OutboxMessage message) {
        store.insert(message);
      }

      @Override
      public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
        return store.claimDue(now, leaseUntil, limit);
      }

      @Override
      public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        store.markRetry(id, attempts, nextAttemptAt, error);
      }

      @Override
      public void markFailed(UUID id, int attempts, String error) {
        store.markFailed(id, attempts, error);
      }

      @Override
      public Optional<OutboxMessage> find(UUID id) {
        return store.find(id);
      }

      @Override
      public List<OutboxMessage> list(Status status, int limit) {
        return store.list(status, limit);
      }

      @Override
      public long countByStatus(Status status) {
        return store.countByStatus(status);
      }
    }

    @Test
    void resendsAMessageWhoseMarkWasLostOnceTheLeaseEndsUnderTheSameId() {
      UUID id = enqueueSignIn();
      OutboxDispatcher dispatcher = dispatcher(sender, new CrashAfterSending());

      assertThatThrownBy(dispatcher::dispatchDue).isInstanceOf(IllegalStateException.class);
      assertThat(sender.sent()).hasSize(1);
      assertThat(stored(id).status()).isEqualTo(Status.PENDING);

      clock.advance(LEASE.minusSeconds(1));
      assertThat(dispatcher.dispatchDue().claimed()).isZero();

      clock.advance(Duration.ofSeconds(1));
      assertThat(dispatcher.dispatchDue()).isEqualTo(new Report(1, 1, 0, 0));

      assertThat(sender.sent()).extracting(OutboxMessage::id).containsExactly(id, id);
      assertThat(stored(id).status()).isEqualTo(Status.SENT);
    }
  }
}
