package io.rampart.server.risk;

import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the shards' batches on one thread: the batches waiting when it is free go into one
 * transaction (one {@code COPY} of their records, one of their alerts, one commit and one {@code
 * fsync}), so the per-transaction cost is shared by the shards instead of paid by each. Assessing
 * stays on the shards, in parallel.
 *
 * <p>A shard that has taken events and is assessing them is counted ({@link #assessing()}); the
 * committer, once it has a batch, waits for the batches of such shards (at most {@code gather}, on
 * the queue, without spinning) so that shards answered by the same commit, which then assess their
 * next batches side by side, commit together again rather than one after the other.
 *
 * <p>If a combined transaction fails (a re-sent event, another node's write), each batch is tried
 * again alone, so one shard's failure is never another's: each batch is committed whole or not at
 * all, and its shard hears which.
 */
final class GroupCommit implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

  /** A shard's batch and what it is told once the batch's transaction has ended. */
  private record Batch(
      List<RecordedAssessment> records, List<RiskAlert> alerts, CompletableFuture<Void> done) {}

  private final RiskStores stores;
  private final long gatherNanos;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger assessing = new AtomicInteger();
  private volatile boolean running = true;

  GroupCommit(RiskStores stores, long gatherNanos) {
    this.stores = stores;
    this.gatherNanos = gatherNanos;
  }

  /** Shards assessing a batch now; a shard adds one when it starts and takes it back on commit. */
  AtomicInteger assessing() {
    return assessing;
  }

  /**
   * Commits the records and the alerts they raise, with whatever other shards' batches are ready,
   * and returns once they are committed. Takes back the calling shard's count in {@link
   * #assessing()} just before queueing the batch, so the commit thread, woken by the batch, sees
   * the count without it.
   *
   * @throws RuntimeException what the store threw when this batch, committed alone, failed
   */
  void commit(List<RecordedAssessment> records, List<RiskAlert> alerts) {
    Batch batch = new Batch(records, alerts, new CompletableFuture<>());
    assessing.decrementAndGet();
    queue.add(batch);
    if (!running) {
      drainAlone();
    }
    try {
      batch.done().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Batches waiting for the commit thread. */
  int queued() {
    return queue.size();
  }

  /** Stops after the batches queued now; later ones are committed by their shards' threads. */
  void stop() {
    running = false;
    queue.add(new Batch(List.of(), List.of(), new CompletableFuture<>()));
  }

  @Override
  public void run() {
    List<Batch> group = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        group.add(queue.take());
        long deadline = System.nanoTime() + gatherNanos;
        while (assessing.get() > 0) {
          Batch next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
          if (next == null) {
            break;
          }
          group.add(next);
        }
        queue.drainTo(group);
        commit(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } catch (RuntimeException e) {
        log.error("Risk commits failed a step; they go on", e);
        RuntimeException failure = e;
        group.forEach(b -> b.done().completeExceptionally(failure));
      } finally {
        group.clear();
      }
    }
    drainAlone();
  }

  /** After a stop, commits what is queued on the calling thread. */
  private void drainAlone() {
    List<Batch> left = new ArrayList<>();
    queue.drainTo(left);
    commit(left);
  }

  private void commit(List<Batch> group) {
    group.removeIf(b -> b.records().isEmpty() && complete(b));
    if (group.isEmpty()) {
      return;
    }
    if (group.size() > 1) {
      List<RecordedAssessment> records = new ArrayList<>();
      List<RiskAlert> alerts = new ArrayList<>();
      for (Batch b : group) {
        records.addAll(b.records());
        alerts.addAll(b.alerts());
      }
      try {
        write(records, alerts);
        group.forEach(GroupCommit::complete);
        return;
      } catch (RuntimeException e) {
        log.debug("A group of {} batches failed; committing each alone", group.size(), e);
      }
    }
    for (Batch b : group) {
      try {
        write(b.records(), b.alerts());
        complete(b);
      } catch (RuntimeException e) {
        b.done().completeExceptionally(e);
      }
    }
  }

  private void write(List<RecordedAssessment> records, List<RiskAlert> alerts) {
    stores
        .transactions()
        .run(
            () -> {
              stores.records().append(records);
              stores.alerts().raise(alerts);
            });
  }

  private static boolean complete(Batch b) {
    b.done().complete(null);
    return true;
  }
}
