package io.rampart.server.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.TransactionRunner;
import io.rampart.risk.InMemoryFeatureCountStore;
import io.rampart.risk.InMemoryProfileStore;
import io.rampart.risk.InMemoryRiskAlertStore;
import io.rampart.risk.InMemoryRiskRecordStore;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskStoreContracts;
import io.rampart.risk.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shards' batches committed by one thread: together when ready together, alone when one fails. */
class GroupCommitTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final InMemoryRiskRecordStore records = new InMemoryRiskRecordStore();
  final InMemoryRiskAlertStore alerts = new InMemoryRiskAlertStore();
  final AtomicInteger transactions = new AtomicInteger();
  final TransactionRunner counting =
      new TransactionRunner() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          transactions.incrementAndGet();
          return work.get();
        }
      };
  final InMemoryAuditStore audit = new InMemoryAuditStore();
  final RiskStores stores =
      new RiskStores(
          records,
          alerts,
          new InMemoryProfileStore(),
          new InMemoryFeatureCountStore(),
          counting,
          new AuditTrail(audit, new MutableClock(T0)));
  Thread committer;
  GroupCommit commits;

  GroupCommit commits(long gatherNanos) {
    commits = new GroupCommit(stores, gatherNanos);
    return commits;
  }

  void startCommitter() {
    committer = Thread.ofPlatform().name("test-commit").start(commits);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (committer != null) {
      commits.stop();
      committer.join(TimeUnit.SECONDS.toMillis(10));
    }
  }

  static RecordedAssessment record(String account, String eventId) {
    return RiskStoreContracts.aRecord("exchange", eventId, new SubjectId(account), 1, T0);
  }

  /** Commits as a shard does: counted as assessing until the batch is handed over. */
  CompletableFuture<Void> shard(List<RecordedAssessment> batch, List<RiskAlert> raised) {
    commits.assessing().incrementAndGet();
    return CompletableFuture.runAsync(() -> commits.commit(batch, raised));
  }

  static void awaitQueued(GroupCommit commits, int n) {
    while (commits.queued() != n) {
      Thread.onSpinWait();
    }
  }

  @Test
  void batchesWaitingTogetherShareOneTransaction() {
    commits(0);
    RecordedAssessment a = record("a", "e-1");
    RecordedAssessment b = record("b", "e-2");
    RiskAlert alert = RiskAlert.of(UUID.randomUUID(), b);
    CompletableFuture<Void> first = shard(List.of(a), List.of());
    CompletableFuture<Void> second = shard(List.of(b), List.of(alert));
    awaitQueued(commits, 2);

    startCommitter();
    first.join();
    second.join();

    assertThat(transactions).hasValue(1);
    assertThat(records.find(List.of(a.key(), b.key()))).containsOnlyKeys(a.key(), b.key());
    assertThat(alerts.findById(alert.id())).contains(alert);
  }

  @Test
  void waitsForAShardStillAssessingSoTheyCommitTogether() {
    commits(TimeUnit.SECONDS.toNanos(30));
    commits.assessing().incrementAndGet(); // a second shard, assessing
    CompletableFuture<Void> first = shard(List.of(record("a", "e-1")), List.of());
    awaitQueued(commits, 1);
    startCommitter();
    awaitQueued(commits, 0);

    commits.commit(List.of(record("b", "e-2")), List.of());
    first.join();

    assertThat(transactions).hasValue(1);
  }

  @Test
  void aFailingBatchIsTriedAloneAndTheOthersAreCommitted() {
    commits(0);
    RecordedAssessment stored = record("a", "e-1");
    records.append(List.of(stored));
    RecordedAssessment resent = record("c", "e-1");
    RecordedAssessment fresh = record("b", "e-2");
    CompletableFuture<Void> failing = shard(List.of(resent), List.of());
    CompletableFuture<Void> fine = shard(List.of(fresh), List.of());
    awaitQueued(commits, 2);

    startCommitter();

    assertThatThrownBy(failing::join).hasCauseInstanceOf(RuntimeException.class);
    fine.join();
    assertThat(transactions).hasValue(3);
    assertThat(records.find(List.of(fresh.key()))).containsOnlyKeys(fresh.key());
    assertThat(records.findById(resent.id())).isEmpty();
  }

  @Test
  void afterAStopCommitsOnTheCallersThread() {
    commits(0);
    commits.stop();
    RecordedAssessment r = record("a", "e-1");

    commits.assessing().incrementAndGet();
    commits.commit(List.of(r), List.of());

    assertThat(records.findById(r.id())).contains(r);
    assertThat(commits.assessing()).hasValue(0);
  }
}
