package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.identity.Account;
import io.rampart.identity.EmailAddress;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store's transactions: every adapter joins the caller's unit of work. */
@ExtendWith(FreshDatabase.class)
class TransactionsIT {
  private static final Instant T0 = Instant.parse("2026-11-02T10:15:30.123456Z");

  private final PostgresStore store = TestDatabase.store();
  private final TransactionRunner transactions = store.transactions();

  private static Account anAccount(String email) {
    return new Account(
        new AccountId(UUID.randomUUID()), new EmailAddress(email), "$argon2id$h", T0, null, T0);
  }

  private static AuditRecord firstRecord(AccountId account) {
    return new AuditRecord(
        1,
        T0,
        "account.registered",
        Actor.account(account),
        account,
        null,
        null,
        Map.of(),
        "0".repeat(64),
        "1".repeat(64));
  }

  private static OutboxMessage aMessage(AccountId account) {
    return new OutboxMessage(
        UUID.randomUUID(),
        account,
        NoticeKind.EMAIL_VERIFICATION,
        "alice@example.com",
        "Verify",
        "Body",
        OutboxMessage.Status.PENDING,
        0,
        T0,
        T0,
        null,
        null);
  }

  /** A registration as identity writes it: the account, its audit record, its outbox message. */
  private OutboxMessage register(Account account) {
    OutboxMessage message = aMessage(account.id());
    store.accounts().insertIfEmailFree(account);
    store.auditStore().lockHead();
    store.auditStore().insert(firstRecord(account.id()));
    store.outboxStore().insert(message);
    return message;
  }

  @Nested
  class Committing {
    @Test
    void commitsTheChangeItsAuditRecordAndItsMessageTogether() {
      Account account = anAccount("alice@example.com");

      OutboxMessage message = transactions.inTransaction(() -> register(account));

      assertThat(store.accounts().findById(account.id())).contains(account);
      assertThat(store.auditStore().head()).isPresent();
      assertThat(store.outboxStore().find(message.id())).contains(message);
    }

    @Test
    void returnsTheWorksResult() {
      assertThat(transactions.inTransaction(() -> "done")).isEqualTo("done");
    }

    @Test
    void keepsTheTransactionUsableWhenAnAddressIsTaken() {
      transactions.run(() -> store.accounts().insertIfEmailFree(anAccount("taken@example.com")));
      Account late = anAccount("taken@example.com");

      OutboxMessage attempt =
          transactions.inTransaction(
              () -> {
                assertThat(store.accounts().insertIfEmailFree(late)).isFalse();
                OutboxMessage notice = aMessage(null);
                store.outboxStore().insert(notice);
                return notice;
              });

      assertThat(store.outboxStore().find(attempt.id())).isPresent();
    }
  }

  @Nested
  class RollingBack {
    @Test
    void undoesEveryWriteAndRethrowsTheSameException() {
      Account account = anAccount("alice@example.com");
      IllegalStateException failure = new IllegalStateException("boom");

      assertThatThrownBy(
              () ->
                  transactions.run(
                      () -> {
                        register(account);
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(store.accounts().findById(account.id())).isEmpty();
      assertThat(store.auditStore().head()).isEmpty();
      assertThat(store.outboxStore().list(null, 10)).isEmpty();
    }

    @Test
    void anInnerUnitJoinsTheOuterOneAndRollsBackWithIt() {
      Account account = anAccount("alice@example.com");

      assertThatThrownBy(
              () ->
                  transactions.run(
                      () -> {
                        transactions.run(() -> store.accounts().insertIfEmailFree(account));
                        throw new IllegalStateException("outer fails after inner finished");
                      }))
          .hasMessage("outer fails after inner finished");

      assertThat(store.accounts().findById(account.id())).isEmpty();
    }

    @Test
    void aClaimsLeaseCommitsEvenWhenTheCallersTransactionRollsBack() {
      OutboxMessage message = aMessage(null);
      store.outboxStore().insert(message);
      Instant now = T0.plusSeconds(1);
      Instant leaseUntil = now.plus(Duration.ofMinutes(2));

      assertThatThrownBy(
              () ->
                  transactions.run(
                      () -> {
                        assertThat(store.outboxStore().claimDue(now, leaseUntil, 10)).hasSize(1);
                        throw new IllegalStateException("caller fails");
                      }))
          .hasMessage("caller fails");

      assertThat(store.outboxStore().find(message.id()))
          .map(OutboxMessage::nextAttemptAt)
          .contains(leaseUntil);
    }
  }
}
