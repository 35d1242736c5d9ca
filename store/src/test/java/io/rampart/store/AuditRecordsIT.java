package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditStore;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the PostgreSQL audit store adds to {@code AuditStoreContract}. */
@ExtendWith(FreshDatabase.class)
class AuditRecordsIT {
  private static final Instant T0 = Instant.parse("2026-11-02T10:15:30.123456Z");
  private static final AccountId ALICE = new AccountId(UUID.randomUUID());

  private final AuditStore store = TestDatabase.store().auditStore();
  private final TransactionRunner transactions = TestDatabase.store().transactions();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  private static String hash(long seed) {
    return "%064x".formatted(seed);
  }

  private static AuditRecord record(long sequence, Map<String, String> data) {
    return new AuditRecord(
        sequence,
        T0.plusSeconds(sequence),
        "account.signed_in",
        Actor.account(ALICE),
        ALICE,
        "203.0.113.7",
        "test-agent",
        data,
        hash(sequence - 1),
        hash(sequence));
  }

  private void append(AuditRecord record) {
    transactions.run(
        () -> {
          store.lockHead();
          store.insert(record);
        });
  }

  @Nested
  class AppendOnlyTrigger {
    @Test
    void refusesToUpdateARecord() {
      append(record(1, Map.of("k", "v")));

      assertThatThrownBy(() -> jdbc.sql("UPDATE audit_records SET type = 'forged'").update())
          .isInstanceOf(DataIntegrityViolationException.class)
          .rootCause()
          .hasMessageContaining("append-only");
      assertThat(store.findByAccount(ALICE, null, 10)).containsExactly(record(1, Map.of("k", "v")));
    }

    @Test
    void refusesToDeleteOrTruncateRecords() {
      append(record(1, Map.of()));

      assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_records").update())
          .isInstanceOf(DataIntegrityViolationException.class)
          .rootCause()
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_records").update())
          .isInstanceOf(DataIntegrityViolationException.class)
          .rootCause()
          .hasMessageContaining("append-only");
      assertThat(store.findByAccount(ALICE, null, 10)).hasSize(1);
    }

    @Test
    void refusesToDeleteTheHead() {
      assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
          .isInstanceOf(DataIntegrityViolationException.class)
          .rootCause()
          .hasMessageContaining("append-only");
      assertThat(jdbc.sql("SELECT count(*) FROM audit_chain_head").query(Long.class).single())
          .isEqualTo(1);
    }
  }

  @Nested
  class LockingTheHead {
    @Test
    void isRefusedOutsideATransaction() {
      assertThatThrownBy(store::lockHead).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void makesASecondAppenderWaitUntilTheFirstCommits() throws Exception {
      CountDownLatch firstHoldsTheHead = new CountDownLatch(1);
      CountDownLatch releaseFirst = new CountDownLatch(1);
      AtomicInteger secondBackend = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<?> first =
            pool.submit(
                () ->
                    transactions.run(
                        () -> {
                          store.lockHead();
                          firstHoldsTheHead.countDown();
                          await(releaseFirst);
                          store.insert(record(1, Map.of()));
                        }));
        await(firstHoldsTheHead);
        Future<Optional<AuditStore.Head>> second =
            pool.submit(
                () ->
                    transactions.inTransaction(
                        () -> {
                          secondBackend.set(
                              jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                          return store.lockHead();
                        }));

        awaitBlockedOnALock(secondBackend);
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertThat(second.get(10, TimeUnit.SECONDS)).contains(new AuditStore.Head(1, hash(1)));
      } finally {
        releaseFirst.countDown();
        pool.shutdownNow();
      }
    }

    private void awaitBlockedOnALock(AtomicInteger backend) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline) {
        boolean waiting =
            backend.get() != 0
                && jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity"
                            + " WHERE pid = :pid AND wait_event_type = 'Lock')")
                    .param("pid", backend.get())
                    .query(Boolean.class)
                    .single();
        if (waiting) {
          return;
        }
        Thread.sleep(5);
      }
      throw new AssertionError("the second appender never waited for the head");
    }

    private static void await(CountDownLatch latch) {
      try {
        if (!latch.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("timed out");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Nested
  class Reading {
    @Test
    void streamsMoreRecordsThanOneFetchInOrder() {
      int count = 1_234;
      jdbc.sql(
              "INSERT INTO audit_records"
                  + " (sequence, occurred_at, type, actor_kind, data, previous_hash, hash)"
                  + " SELECT s, :t0 + s * interval '1 second', 'test.streamed', 'SYSTEM',"
                  + " jsonb_build_object('n', s::text), lpad(to_hex(s - 1), 64, '0'),"
                  + " lpad(to_hex(s), 64, '0')"
                  + " FROM generate_series(1, :count) s")
          .param("t0", T0.atOffset(ZoneOffset.UTC))
          .param("count", count)
          .update();

      List<AuditRecord> seen = new ArrayList<>();
      store.forEachInOrder(seen::add);

      assertThat(seen).hasSize(count);
      assertThat(seen).extracting(AuditRecord::sequence).isSorted();
      assertThat(seen.getLast().data()).containsExactly(Map.entry("n", Integer.toString(count)));
      assertThat(seen.getLast().hash()).isEqualTo(hash(count));
    }

    @Test
    void keepsDataThatJsonMustEscape() {
      Map<String, String> data =
          Map.of(
              "quote \"key\"", "say \"hi\"",
              "path", "C:\\temp\\new",
              "lines", "one\ntwo\tthree",
              "empty", "",
              "json", "{\"nested\": [1, 2]}");
      append(record(1, data));

      AuditRecord read = store.findByAccount(ALICE, null, 1).getFirst();

      assertThat(read.data()).isEqualTo(data);
      assertThat(List.copyOf(read.data().keySet())).isSorted();
    }
  }
}
