package io.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.ChainVerification.Breach;
import io.rampart.audit.ChainVerification.Broken;
import io.rampart.audit.ChainVerification.Intact;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  private static final String GENESIS = "0".repeat(64);
  private static final AccountId ALICE =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));

  private final InMemoryAuditStore store = new InMemoryAuditStore();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:15:30Z"));
  private final AuditTrail trail = new AuditTrail(store, clock);

  private static AuditEvent signIn(int n) {
    return new AuditEvent(
        "account.signed_in",
        Actor.account(ALICE),
        ALICE,
        new RequestOrigin("203.0.113.7", "agent"),
        Map.of("attempt", Integer.toString(n)));
  }

  private AuditRecord append(AuditEvent event) {
    return store.transactions().inTransaction(() -> trail.append(event));
  }

  private List<AuditRecord> appendSeveral(int count) {
    List<AuditRecord> appended = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      appended.add(append(signIn(i)));
      clock.advance(Duration.ofSeconds(1));
    }
    return appended;
  }

  private static AuditRecord copy(
      AuditRecord r, String type, Actor actor, Instant occurredAt, Map<String, String> data) {
    return new AuditRecord(
        r.sequence(),
        occurredAt,
        type,
        actor,
        r.account(),
        r.ipAddress(),
        r.userAgent(),
        data,
        r.previousHash(),
        r.hash());
  }

  @Nested
  class Appending {
    @Test
    void startsTheChainAtSequenceOneLinkedToZeros() {
      AuditRecord first = append(signIn(1));

      assertThat(first.sequence()).isEqualTo(1);
      assertThat(first.previousHash()).isEqualTo(GENESIS);
      assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(GENESIS);
    }

    @Test
    void linksEachRecordToTheOneBefore() {
      List<AuditRecord> records = appendSeveral(3);

      assertThat(records).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
      assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
      assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
      assertThat(store.head()).contains(new AuditStore.Head(3, records.get(2).hash()));
    }

    @Test
    void storesTheEventsFieldsAndTheOrigin() {
      AuditRecord record = append(signIn(1));

      assertThat(record.type()).isEqualTo("account.signed_in");
      assertThat(record.actor()).isEqualTo(Actor.account(ALICE));
      assertThat(record.account()).isEqualTo(ALICE);
      assertThat(record.ipAddress()).isEqualTo("203.0.113.7");
      assertThat(record.userAgent()).isEqualTo("agent");
      assertThat(record.data()).containsExactly(Map.entry("attempt", "1"));
      assertThat(store.get(1)).contains(record);
    }

    @Test
    void keepsTheTimeToTheMicrosecondTheStoreKeeps() {
      clock.set(Instant.parse("2026-11-02T10:15:30.123456789Z"));

      AuditRecord record = append(signIn(1));

      assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-02T10:15:30.123456Z"));
    }

    @Test
    void keepsTheChainValidWhenThreadsAppendAtOnce() throws Exception {
      int threads = 4;
      int appendsPerThread = 30;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < appendsPerThread; i++) {
                      append(signIn(i));
                    }
                  }));
        }
        for (Future<?> future : done) {
          future.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(trail.verify()).isInstanceOf(Intact.class);
      assertThat(((Intact) trail.verify()).records()).isEqualTo(threads * appendsPerThread);
    }

    @Test
    void listsAnAccountsEventsNewestFirst() {
      appendSeveral(3);

      assertThat(trail.forAccount(ALICE, null, 2))
          .extracting(AuditRecord::sequence)
          .containsExactly(3L, 2L);
    }
  }

  @Nested
  class Verifying {
    @Test
    void findsAnEmptyTrailIntact() {
      assertThat(trail.verify()).isEqualTo(new Intact(0, GENESIS));
    }

    @Test
    void findsAnUntouchedChainIntact() {
      List<AuditRecord> records = appendSeveral(5);

      assertThat(trail.verify()).isEqualTo(new Intact(5, records.getLast().hash()));
    }

    @Test
    void namesARecordWhoseTypeWasAltered() {
      AuditRecord third = appendSeveral(5).get(2);
      store.replace(
          copy(third, "account.password_changed", third.actor(), third.occurredAt(), third.data()));

      assertBroken(3, Breach.ALTERED, 3);
    }

    @Test
    void namesARecordWhoseDataWasAltered() {
      AuditRecord second = appendSeveral(5).get(1);
      store.replace(
          copy(second, second.type(), second.actor(), second.occurredAt(), Map.of("attempt", "9")));

      assertBroken(2, Breach.ALTERED, 2);
    }

    @Test
    void namesARecordWhoseActorWasAltered() {
      AuditRecord fourth = appendSeveral(5).get(3);
      store.replace(copy(fourth, fourth.type(), Actor.SYSTEM, fourth.occurredAt(), fourth.data()));

      assertBroken(4, Breach.ALTERED, 4);
    }

    @Test
    void namesARecordWhoseTimeWasAltered() {
      AuditRecord first = appendSeveral(5).getFirst();
      store.replace(
          copy(
              first,
              first.type(),
              first.actor(),
              first.occurredAt().minusSeconds(3600),
              first.data()));

      assertBroken(1, Breach.ALTERED, 1);
    }

    @Test
    void namesTheFirstOfSeveralAlteredRecords() {
      List<AuditRecord> records = appendSeveral(5);
      for (int i : new int[] {3, 1}) {
        AuditRecord r = records.get(i);
        store.replace(copy(r, "x.forged", r.actor(), r.occurredAt(), r.data()));
      }

      assertBroken(2, Breach.ALTERED, 2);
    }

    @Test
    void namesAnAlteredRecordWhoseHashWasRecomputedAtTheNextLink() {
      AuditRecord second = appendSeveral(4).get(1);
      store.replace(
          io.rampart.audit.internal.ChainHash.seal(
              copy(second, "x.forged", second.actor(), second.occurredAt(), second.data())));

      ChainVerification result = trail.verify();

      assertThat(result).isInstanceOf(Broken.class);
      assertThat(((Broken) result).sequence()).isEqualTo(3);
      assertThat(((Broken) result).breach()).isEqualTo(Breach.REMOVED);
    }

    @Test
    void namesTheFirstMissingRecordWhenOneInTheMiddleWasDeleted() {
      appendSeveral(5);
      store.delete(3);

      assertBroken(3, Breach.REMOVED, 3);
    }

    @Test
    void namesTheNewestRecordWhenItWasDeleted() {
      appendSeveral(5);
      store.delete(5);

      assertBroken(5, Breach.REMOVED, 4);
    }

    @Test
    void namesTheFirstRecordWhenEveryRecordWasDeleted() {
      appendSeveral(2);
      store.delete(1);
      store.delete(2);

      assertBroken(1, Breach.REMOVED, 0);
    }

    @Test
    void noticesTheNewestRecordReplacedWithARecomputedHash() {
      AuditRecord last = appendSeveral(3).getLast();
      store.replace(
          io.rampart.audit.internal.ChainHash.seal(
              copy(last, "x.forged", last.actor(), last.occurredAt(), last.data())));

      assertBroken(3, Breach.ALTERED, 3);
    }

    @Test
    void noticesAMissingHeadPointer() {
      appendSeveral(3);
      store.moveHead(null);

      assertBroken(3, Breach.ALTERED, 3);
    }

    @Test
    void describesTheBreakWithoutRecordContent() {
      AuditRecord second = appendSeveral(3).get(1);
      store.replace(
          copy(second, "x.forged-type", second.actor(), second.occurredAt(), second.data()));

      Broken broken = (Broken) trail.verify();

      assertThat(broken.detail())
          .contains("2")
          .doesNotContain("forged")
          .doesNotContain("203.0.113.7");
    }

    private void assertBroken(long sequence, Breach breach, long recordsChecked) {
      ChainVerification result = trail.verify();
      assertThat(result).isInstanceOf(Broken.class);
      Broken broken = (Broken) result;
      assertThat(broken.sequence()).isEqualTo(sequence);
      assertThat(broken.breach()).isEqualTo(breach);
      assertThat(broken.recordsChecked()).isEqualTo(recordsChecked);
      assertThat(broken.detail()).isNotBlank();
    }
  }
}
