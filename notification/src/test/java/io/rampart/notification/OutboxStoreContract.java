package io.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.OutboxMessage.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules every {@link OutboxStore} keeps. Subclasses give a fresh, empty store per test. */
public abstract class OutboxStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-02T10:15:30.123456Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final AccountId ACCOUNT =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));

  protected OutboxStore store;

  /** A new store holding nothing. */
  protected abstract OutboxStore newStore();

  /** Runs work in one transaction of the store under test; called after {@link #newStore()}. */
  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  private static UUID id(int n) {
    return new UUID(0x0190f3a200007000L, 0x8000000000000000L | n);
  }

  /** A pending message created {@code n} seconds after T0 and due from then. */
  private static OutboxMessage pending(int n) {
    Instant created = T0.plusSeconds(n);
    return new OutboxMessage(
        id(n),
        ACCOUNT,
        NoticeKind.NEW_SIGN_IN,
        "alice@example.com",
        "Subject " + n,
        "Body " + n,
        Status.PENDING,
        0,
        created,
        created,
        null,
        null);
  }

  private void insert(OutboxMessage message) {
    transactions().run(() -> store.insert(message));
  }

  private static List<UUID> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  @Nested
  class Inserting {
    @Test
    void readsAMessageBackExactlyAsInserted() {
      OutboxMessage message =
          new OutboxMessage(
              id(1),
              null,
              NoticeKind.REGISTRATION_ATTEMPT,
              "zoë@example.com",
              "Grüße ✓",
              "Line one\nLine two 🔐\n",
              Status.PENDING,
              0,
              T0,
              T0.minusNanos(1_000),
              null,
              null);
      insert(message);

      assertThat(store.find(id(1))).contains(message);
    }

    @Test
    void findsNothingForAnUnknownId() {
      assertThat(store.find(id(404))).isEmpty();
    }

    @Test
    void rejectsADuplicateIdAndKeepsTheFirstMessage() {
      insert(pending(1));
      OutboxMessage impostor =
          new OutboxMessage(
              id(1),
              null,
              NoticeKind.PASSWORD_CHANGED,
              "mallory@example.com",
              "s",
              "b",
              Status.PENDING,
              0,
              T0,
              T0,
              null,
              null);

      assertThatThrownBy(() -> insert(impostor)).isInstanceOf(RuntimeException.class);
      assertThat(store.find(id(1))).contains(pending(1));
    }
  }

  @Nested
  class ClaimingDueMessages {
    @Test
    void takesOnlyPendingMessagesThatAreDue() {
      insert(pending(1));
      insert(pending(2));
      insert(pending(30));
      store.markSent(id(2), T0.plusSeconds(5));
      insert(pending(3));
      store.markFailed(id(3), 10, "gave up");

      Instant now = T0.plusSeconds(10);
      assertThat(ids(store.claimDue(now, now.plus(LEASE), 10))).containsExactly(id(1));
    }

    @Test
    void takesAMessageDueExactlyNow() {
      insert(pending(1));

      Instant now = T0.plusSeconds(1);
      assertThat(ids(store.claimDue(now, now.plus(LEASE), 10))).containsExactly(id(1));
    }

    @Test
    void takesTheOldestFirstUpToTheLimit() {
      insert(pending(3));
      insert(pending(1));
      insert(pending(4));
      insert(pending(2));

      Instant now = T0.plusSeconds(10);
      assertThat(ids(store.claimDue(now, now.plus(LEASE), 3))).containsExactly(id(1), id(2), id(3));
    }

    @Test
    void returnsTheMessagesLeasedUntilTheLeaseEnds() {
      insert(pending(1));
      Instant now = T0.plusSeconds(10);

      List<OutboxMessage> claimed = store.claimDue(now, now.plus(LEASE), 10);

      assertThat(claimed)
          .singleElement()
          .extracting(OutboxMessage::nextAttemptAt)
          .isEqualTo(now.plus(LEASE));
      assertThat(store.find(id(1))).map(OutboxMessage::nextAttemptAt).contains(now.plus(LEASE));
      assertThat(store.find(id(1))).map(OutboxMessage::status).contains(Status.PENDING);
    }

    @Test
    void holdsAClaimedMessageBackUntilItsLeaseEnds() {
      insert(pending(1));
      Instant now = T0.plusSeconds(10);
      store.claimDue(now, now.plus(LEASE), 10);

      Instant beforeLeaseEnds = now.plus(LEASE).minusNanos(1_000);
      assertThat(store.claimDue(beforeLeaseEnds, beforeLeaseEnds.plus(LEASE), 10)).isEmpty();

      Instant leaseEnded = now.plus(LEASE);
      assertThat(ids(store.claimDue(leaseEnded, leaseEnded.plus(LEASE), 10)))
          .containsExactly(id(1));
    }

    @Test
    void neverHandsTheSameMessageToTwoConcurrentClaimers() throws Exception {
      for (int n = 1; n <= 60; n++) {
        insert(pending(n));
      }
      Instant now = T0.plusSeconds(100);

      List<UUID> claimed = new ArrayList<>();
      for (List<OutboxMessage> batch :
          concurrently(6, () -> store.claimDue(now, now.plus(LEASE), 7))) {
        claimed.addAll(ids(batch));
      }

      assertThat(claimed).doesNotHaveDuplicates().hasSize(42);
    }
  }

  @Nested
  class MarkingSent {
    @Test
    void dropsTheBodyOfASentMessageAndKeepsTheRest() {
      insert(pending(1));
      insert(pending(2));
      insert(pending(3));
      store.markFailed(id(3), 5, "gave up");

      store.markSent(id(1), T0.plusSeconds(5));

      OutboxMessage sent = store.find(id(1)).orElseThrow();
      assertThat(sent.body()).isEqualTo(OutboxStore.REMOVED_BODY);
      assertThat(sent.subject()).isEqualTo("Subject 1");
      assertThat(sent.recipient()).isEqualTo("alice@example.com");
      assertThat(store.list(Status.SENT, 10))
          .extracting(OutboxMessage::body)
          .containsExactly(OutboxStore.REMOVED_BODY);
      assertThat(store.find(id(2)).orElseThrow().body()).isEqualTo("Body 2");
      assertThat(store.find(id(3)).orElseThrow().body()).isEqualTo("Body 3");
    }

    @Test
    void marksAPendingMessageSentOnce() {
      insert(pending(1));
      Instant sentAt = T0.plusSeconds(5);

      assertThat(store.markSent(id(1), sentAt)).isTrue();
      assertThat(store.markSent(id(1), sentAt.plusSeconds(1))).isFalse();

      OutboxMessage stored = store.find(id(1)).orElseThrow();
      assertThat(stored.status()).isEqualTo(Status.SENT);
      assertThat(stored.sentAt()).isEqualTo(sentAt);
    }

    @Test
    void returnsFalseForAnUnknownOrFailedMessage() {
      insert(pending(1));
      store.markFailed(id(1), 3, "gave up");

      assertThat(store.markSent(id(1), T0)).isFalse();
      assertThat(store.markSent(id(404), T0)).isFalse();
    }

    @Test
    void letsExactlyOneOfManyConcurrentCallersMarkIt() throws Exception {
      insert(pending(1));

      List<Boolean> results = concurrently(8, () -> store.markSent(id(1), T0.plusSeconds(5)));

      assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
    }
  }

  @Nested
  class RecordingFailures {
    @Test
    void keepsARetriedMessagePendingUntilItsNextAttempt() {
      insert(pending(1));
      Instant next = T0.plusSeconds(60);

      store.markRetry(id(1), 2, next, "relay busy");

      OutboxMessage stored = store.find(id(1)).orElseThrow();
      assertThat(stored.status()).isEqualTo(Status.PENDING);
      assertThat(stored.attempts()).isEqualTo(2);
      assertThat(stored.nextAttemptAt()).isEqualTo(next);
      assertThat(stored.lastError()).isEqualTo("relay busy");
      Instant justBefore = next.minusNanos(1_000);
      assertThat(store.claimDue(justBefore, justBefore.plus(LEASE), 10)).isEmpty();
      assertThat(ids(store.claimDue(next, next.plus(LEASE), 10))).containsExactly(id(1));
    }

    @Test
    void marksAMessageFailedForGood() {
      insert(pending(1));

      store.markFailed(id(1), 10, "mailbox does not exist");

      OutboxMessage stored = store.find(id(1)).orElseThrow();
      assertThat(stored.status()).isEqualTo(Status.FAILED);
      assertThat(stored.attempts()).isEqualTo(10);
      assertThat(stored.lastError()).isEqualTo("mailbox does not exist");
      Instant later = T0.plus(Duration.ofDays(1));
      assertThat(store.claimDue(later, later.plus(LEASE), 10)).isEmpty();
    }

    @Test
    void leavesAMessageThatWasAlreadySentAsSent() {
      insert(pending(1));
      store.markSent(id(1), T0.plusSeconds(5));

      store.markRetry(id(1), 1, T0.plusSeconds(60), "late failure report");
      store.markFailed(id(1), 1, "late failure report");

      OutboxMessage stored = store.find(id(1)).orElseThrow();
      assertThat(stored.status()).isEqualTo(Status.SENT);
      assertThat(stored.lastError()).isNull();
    }
  }

  @Nested
  class Listing {
    @Test
    void listsNewestFirstUpToTheLimit() {
      insert(pending(2));
      insert(pending(3));
      insert(pending(1));

      assertThat(ids(store.list(null, 10))).containsExactly(id(3), id(2), id(1));
      assertThat(ids(store.list(null, 2))).containsExactly(id(3), id(2));
    }

    @Test
    void listsOnlyTheGivenStatus() {
      insert(pending(1));
      insert(pending(2));
      insert(pending(3));
      store.markSent(id(2), T0.plusSeconds(9));

      assertThat(ids(store.list(Status.PENDING, 10))).containsExactly(id(3), id(1));
      assertThat(ids(store.list(Status.SENT, 10))).containsExactly(id(2));
      assertThat(store.list(Status.FAILED, 10)).isEmpty();
    }

    @Test
    void countsByStatus() {
      insert(pending(1));
      insert(pending(2));
      insert(pending(3));
      store.markSent(id(1), T0.plusSeconds(9));
      store.markFailed(id(2), 10, "gave up");

      assertThat(store.countByStatus(Status.PENDING)).isEqualTo(1);
      assertThat(store.countByStatus(Status.SENT)).isEqualTo(1);
      assertThat(store.countByStatus(Status.FAILED)).isEqualTo(1);
    }
  }

  private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
