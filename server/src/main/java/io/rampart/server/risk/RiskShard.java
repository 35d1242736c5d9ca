package io.rampart.server.risk;

import io.rampart.audit.AuditEvent;
import io.rampart.risk.Assessment;
import io.rampart.risk.EventContext;
import io.rampart.risk.EventKey;
import io.rampart.risk.Profile;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.SourceCounts;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread owning a share of the accounts. It takes queued events in batches and, per batch:
 *
 * <ol>
 *   <li>looks the batch's event keys up when a first try found one recorded before, so a re-sent
 *       event is answered with its first assessment;
 *   <li>loads the profiles it does not hold (and applies events recorded after a persisted one);
 *   <li>assesses each event in queue order under the policies in force, and changes the cached
 *       profile in place, having first saved the bytes of each profile the batch touches;
 *   <li>hands the records and the alerts they raise to the host's {@link GroupCommit}, which
 *       commits them in one transaction (with other shards' batches ready at the same time), and
 *       only then answers the callers; if the commit fails, the saved bytes are put back.
 * </ol>
 *
 * <p>A profile stays in the one array it was loaded into for as long as it is cached: an event
 * allocates no profile, and the collector finds no new array hanging from the long-lived cache
 * after each event (which made every young pause scan and copy them).
 *
 * <p>Changed profiles, the global counts they added and one audit record of the assessments
 * recorded since the last write ({@link AssessedDigest}) are written together every flush interval
 * (write-behind), with a checkpoint naming the time up to which everything is written. The shard
 * copies them into a {@link ProfileSnapshot} between two batches and hands it to the host's writer
 * thread, so a write of thousands of profiles never holds up the events queued behind it; one write
 * per shard is in flight at a time, and a profile stays dirty (and in the cache) until a write
 * holding its latest version has committed. The writer sends the profiles in chunks spread over a
 * share of the interval, in the one transaction, so the database's work and WAL for them come as a
 * steady trickle beside the events' commits rather than a burst that holds them up. Whatever a
 * crash leaves unwritten is exactly what the host replays and audits at its next start.
 */
final class RiskShard implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(RiskShard.class);
  private static final long IDLE_CHECKPOINT_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** Something for the shard to do, in queue order. */
  sealed interface Work permits Pending, ProfileQuery, Wake {}

  /** Wakes a waiting shard so it sees that it is to stop, or that a write has finished. */
  record Wake() implements Work {}

  record Pending(RiskSubmission submission, CompletableFuture<RiskOutcome> answer)
      implements Work {}

  record ProfileQuery(SubjectId account, CompletableFuture<ProfileView> answer) implements Work {}

  /** Profiles are written in chunks of this many rows, each a statement or two. */
  private static final int WRITE_CHUNK = 128;

  private final int index;
  private final RiskHost.Parts parts;
  private final BlockingQueue<Work> queue;

  /** In the order accounts were loaded; evicted with a second chance for those used since. */
  private final LinkedHashMap<SubjectId, CachedProfile> cache = new LinkedHashMap<>(1024);

  /** The profiles the batch being assessed has changed, and what they held before. */
  private final BatchUndo undo = new BatchUndo();

  private final ProfileSnapshot snapshot = new ProfileSnapshot();

  private FeatureCounts.Deltas unflushed = new FeatureCounts.Deltas();
  private final AssessedDigest unaudited = new AssessedDigest();

  /** Audit records of writes that failed, appended with the next write. */
  private final List<AuditEvent> unappended = new ArrayList<>();

  private final long flushNanos;
  private long lastFlush = System.nanoTime();
  private long lastCheckpoint = System.nanoTime();
  private boolean changedSinceFlush;
  private Write inFlight;
  private volatile boolean running = true;

  /** Whether this shard's batch is counted in {@link GroupCommit#assessing()}. */
  private boolean countedAssessing;

  /**
   * A snapshot on its way to the database: the profiles as they were when it was taken, the counts
   * and audit records accumulated until then, and the checkpoint time it establishes.
   */
  private record Write(
      ProfileSnapshot profiles,
      FeatureCounts.Deltas counts,
      List<AuditEvent> audits,
      Instant at,
      long takenNanos,
      CompletableFuture<Void> done) {}

  RiskShard(int index, RiskHost.Parts parts) {
    this.index = index;
    this.parts = parts;
    this.queue = new ArrayBlockingQueue<>(parts.settings().queueCapacity());
    this.flushNanos = parts.settings().flushInterval().toNanos();
  }

  boolean offer(Work work) {
    return running && queue.offer(work);
  }

  /** Stops taking work; what is queued is still done, then everything is flushed. */
  void stop() {
    running = false;
    queue.offer(new Wake());
  }

  @Override
  public void run() {
    List<Work> batch = new ArrayList<>(parts.settings().maxBatch());
    while (running || !queue.isEmpty()) {
      try {
        long wait =
            inFlight != null
                ? flushNanos
                : Math.max(1, flushNanos - (System.nanoTime() - lastFlush));
        Work first = queue.poll(wait, TimeUnit.NANOSECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, parts.settings().maxBatch() - 1);
          handle(batch);
          batch.clear();
        }
        flush(false);
        evictBeyondCapacity();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } catch (RuntimeException e) {
        log.error("Risk shard {} failed a step; it goes on", index, e);
        batch.forEach(RiskShard::fail);
        batch.clear();
      }
    }
    for (Work left; (left = queue.poll()) != null; ) {
      fail(left);
    }
    flush(true);
  }

  private static void fail(Work work) {
    RiskUnavailableException e = new RiskUnavailableException("the risk engine is stopping");
    switch (work) {
      case Pending p -> p.answer().completeExceptionally(e);
      case ProfileQuery q -> q.answer().completeExceptionally(e);
      case Wake w -> {}
    }
  }

  private void handle(List<Work> batch) {
    List<Pending> events = new ArrayList<>(batch.size());
    for (Work w : batch) {
      if (w instanceof Pending p) {
        events.add(p);
      }
    }
    if (!events.isEmpty()) {
      process(events);
    }
    for (Work w : batch) {
      if (w instanceof ProfileQuery q) {
        try {
          ensureLoaded(Set.of(q.account()));
          CachedProfile e = cache.get(q.account());
          q.answer()
              .complete(
                  new ProfileView(
                      q.account(),
                      e.seq,
                      e.profile == null ? Profile.EMPTY : ProfileCodec.decode(e.profile)));
        } catch (RuntimeException e) {
          q.answer().completeExceptionally(new RiskUnavailableException("cannot load", e));
        }
      }
    }
  }

  /**
   * Records the batch. The first attempt assumes no event was sent before (the usual case, and one
   * round trip fewer); a re-sent one makes the insert fail, and the second attempt looks the keys
   * up first. A third attempt also reloads the batch's accounts, for a profile another node moved
   * on. Only then are the callers told the engine is unavailable.
   */
  private void process(List<Pending> events) {
    RuntimeException failure = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      if (attempt == 3) {
        for (Pending p : events) {
          cache.remove(p.submission().event().accountId());
        }
      }
      try {
        attempt(events, attempt > 1);
        if (attempt > 2) {
          log.info("Risk shard {} recorded a batch after reloading its accounts", index);
        }
        return;
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    log.error("Risk shard {} could not record a batch of {} events", index, events.size(), failure);
    RiskUnavailableException unavailable =
        new RiskUnavailableException("the risk engine could not record the event", failure);
    events.forEach(p -> p.answer().completeExceptionally(unavailable));
  }

  private void attempt(List<Pending> events, boolean lookUpKeys) {
    parts.commits().assessing().incrementAndGet();
    countedAssessing = true;
    try {
      assessAndCommit(events, lookUpKeys);
    } finally {
      if (countedAssessing) {
        countedAssessing = false;
        parts.commits().assessing().decrementAndGet();
      }
    }
  }

  private void assessAndCommit(List<Pending> events, boolean lookUpKeys) {
    Set<EventKey> keys = new HashSet<>();
    Set<SubjectId> accounts = new HashSet<>();
    for (Pending p : events) {
      keys.add(p.submission().key());
      accounts.add(p.submission().event().accountId());
    }
    Map<EventKey, RecordedAssessment> stored =
        lookUpKeys ? parts.stores().records().find(keys) : Map.of();
    ensureLoaded(accounts);

    Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MICROS);
    RiskPolicies.InForce policies = parts.policies().current();
    Map<EventKey, RecordedAssessment> recordedNow = new HashMap<>();
    Map<EventKey, Pending> makers = new HashMap<>();
    List<RecordedAssessment> records = new ArrayList<>(events.size());
    List<RiskAlert> alerts = new ArrayList<>();
    List<SignInFeatures> counted = new ArrayList<>();
    List<SourceCounts.Attempt> attempts = new ArrayList<>();
    try {
      for (Pending p : events) {
        RiskSubmission s = p.submission();
        EventKey key = s.key();
        if (stored.containsKey(key) || recordedNow.containsKey(key)) {
          continue;
        }
        RiskEvent event = s.event();
        CachedProfile entry = undo.touch(cache.get(event.accountId()));
        Profile profile = Profile.view(entry.profile);
        EventContext context = EventContext.of(event, s.facts(), parts.counts(), parts.sources());
        Assessment enforced = parts.engine().assess(profile, event, context, policies.active());
        Assessment shadow =
            policies.shadow() == null
                ? null
                : parts.engine().assess(profile, event, context, policies.shadow());
        parts.engine().observeInPlace(entry.profile, event, context);
        entry.seq++;
        SignInFeatures features = FeatureCounts.countedFeatures(event, context);
        if (features != null) {
          parts.counts().add(features, 1);
          counted.add(features);
        }
        SourceCounts.Attempt attempt = SourceCounts.attemptOf(event, context);
        if (attempt != null) {
          parts.sources().add(attempt);
          attempts.add(attempt);
        }
        RecordedAssessment record =
            new RecordedAssessment(
                parts.ids().newId(),
                key,
                event.accountId(),
                entry.seq,
                RiskHost.typeOf(event),
                event.occurredAt(),
                now,
                s.document(),
                s.facts(),
                enforced,
                shadow);
        records.add(record);
        recordedNow.put(key, record);
        makers.put(key, p);
        if (RiskAlert.raisedBy(enforced.decision())) {
          alerts.add(RiskAlert.of(parts.ids().newId(), record));
        }
      }
      if (!records.isEmpty()) {
        countedAssessing = false; // the commit takes this shard's count back
        parts.commits().commit(records, alerts);
      }
    } catch (RuntimeException e) {
      undo.takeBack();
      counted.forEach(f -> parts.counts().add(f, -1));
      attempts.forEach(parts.sources()::takeBack);
      throw e;
    }
    undo.keep();
    counted.forEach(unflushed::add);
    unaudited.add(records, alerts.size());
    changedSinceFlush |= !records.isEmpty();
    for (Pending p : events) {
      EventKey key = p.submission().key();
      RecordedAssessment first = stored.get(key);
      if (first != null) {
        p.answer().complete(new RiskOutcome(first, true));
        continue;
      }
      p.answer().complete(new RiskOutcome(recordedNow.get(key), makers.get(key) != p));
    }
  }

  /** Loads the profiles of accounts not held, applying any events recorded after them. */
  private void ensureLoaded(Set<SubjectId> accounts) {
    List<SubjectId> missing = new ArrayList<>();
    for (SubjectId a : accounts) {
      if (!cache.containsKey(a)) {
        missing.add(a);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<SubjectId, StoredProfile> stored = parts.stores().profiles().load(missing);
    Map<SubjectId, Long> lastSeqs = parts.stores().records().lastSeqs(missing);
    for (SubjectId account : missing) {
      StoredProfile snapshot = stored.get(account);
      long applied = snapshot == null ? 0 : snapshot.appliedSeq();
      if (lastSeqs.getOrDefault(account, 0L) > applied) {
        ProfileRebuild.Rebuilt rebuilt = parts.rebuild().rebuild(account, snapshot, null, null);
        cache.put(
            account,
            new CachedProfile(ProfileCodec.slot(rebuilt.profile()), rebuilt.appliedSeq(), true));
        changedSinceFlush = true;
      } else {
        byte[] slot = snapshot == null ? null : ProfileCodec.slot(snapshot.profile());
        cache.put(account, new CachedProfile(slot, applied, false));
      }
    }
  }

  /**
   * Hands every changed profile, the counts they added and the audit record of what was assessed to
   * the writer, with a checkpoint, when the interval is up (or at once when {@code force}, waiting
   * for the write to finish). An idle shard moves its checkpoint once a minute. A write still in
   * flight is settled first: the next one waits for it.
   */
  private void flush(boolean force) {
    if (inFlight != null) {
      if (!force && !inFlight.done().isDone()) {
        return;
      }
      settle(force);
    }
    long now = System.nanoTime();
    if (!force && now - lastFlush < flushNanos) {
      return;
    }
    lastFlush = now;
    if (!force
        && !changedSinceFlush
        && unappended.isEmpty()
        && now - lastCheckpoint < IDLE_CHECKPOINT_NANOS) {
      return;
    }
    snapshot.reset();
    for (Map.Entry<SubjectId, CachedProfile> e : cache.entrySet()) {
      CachedProfile entry = e.getValue();
      if (entry.dirty) {
        snapshot.add(e.getKey(), entry.seq, entry.profile);
      }
    }
    List<AuditEvent> audits = new ArrayList<>(unappended);
    if (!unaudited.isEmpty()) {
      audits.add(unaudited.event(false));
    }
    FeatureCounts.Deltas counts = unflushed;
    Write write =
        new Write(
            snapshot, counts, audits, parts.clock().instant(), now, new CompletableFuture<>());
    unflushed = new FeatureCounts.Deltas();
    unaudited.clear();
    unappended.clear();
    changedSinceFlush = false;
    inFlight = write;
    Runnable task = () -> store(write, !force);
    if (force) {
      task.run();
      settle(true);
    } else {
      try {
        parts.writer().execute(task);
      } catch (RejectedExecutionException e) {
        task.run();
      }
    }
  }

  /**
   * Writes the snapshot in one transaction, its profiles in chunks; when {@code paced}, the chunks
   * are spread over at most half the flush interval divided among the shards (the writer thread is
   * theirs to share), so the database takes them as a trickle beside the events' commits.
   */
  private void store(Write write, boolean paced) {
    ProfileSnapshot profiles = write.profiles();
    try {
      profiles.sortByAccount();
      int n = profiles.size();
      int chunks = Math.max(1, (n + WRITE_CHUNK - 1) / WRITE_CHUNK);
      long pause =
          paced && chunks > 1 ? flushNanos / (2L * parts.settings().shards()) / (chunks - 1) : 0;
      parts
          .stores()
          .transactions()
          .run(
              () -> {
                for (int from = 0; from < n; from += WRITE_CHUNK) {
                  if (from > 0 && pause > 0) {
                    pause(pause);
                  }
                  parts
                      .stores()
                      .profiles()
                      .save(profiles.subList(from, Math.min(n, from + WRITE_CHUNK)));
                }
                if (!write.counts().isEmpty()) {
                  write.counts().writeTo(parts.stores().counts());
                }
                parts.stores().profiles().checkpoint(index, write.at());
                for (AuditEvent audit : write.audits()) {
                  parts.stores().audit().append(audit);
                }
              });
      write.done().complete(null);
    } catch (RuntimeException e) {
      write.done().completeExceptionally(e);
    }
    queue.offer(new Wake());
  }

  /** Waits between two chunks of a write; an interrupt ends the waiting, not the write. */
  private static void pause(long nanos) {
    if (Thread.currentThread().isInterrupted()) {
      return;
    }
    try {
      Thread.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Takes the outcome of the write in flight (waiting for it when {@code wait}): a profile whose
   * cached version is the one written is clean; after a failure, the counts and audit records go
   * into the next write, and the profiles are still dirty.
   */
  private void settle(boolean wait) {
    Write write = inFlight;
    if (!wait && !write.done().isDone()) {
      return;
    }
    inFlight = null;
    try {
      write.done().join();
    } catch (CompletionException | CancellationException e) {
      log.warn(
          "Risk shard {} could not write {} profiles; will retry",
          index,
          write.profiles().size(),
          e.getCause());
      write.counts().addAll(unflushed);
      unflushed = write.counts();
      unappended.addAll(0, write.audits());
      changedSinceFlush = true;
      return;
    }
    ProfileSnapshot written = write.profiles();
    for (int i = 0; i < written.size(); i++) {
      CachedProfile e = cache.get(written.account(i));
      if (e != null && e.seq == written.appliedSeq(i)) {
        e.dirty = false;
      }
    }
    lastCheckpoint = write.takenNanos();
  }

  /**
   * Keeps the cache within its size by forgetting profiles that are written, the earliest loaded
   * first, passing over (once) those used since the last sweep; changed ones stay until a write has
   * them.
   */
  private void evictBeyondCapacity() {
    int capacity = parts.settings().cacheSize();
    if (cache.size() <= capacity) {
      return;
    }
    int target = capacity - capacity / 10;
    for (int sweep = 0; sweep < 2 && cache.size() > target; sweep++) {
      Iterator<CachedProfile> eldest = cache.values().iterator();
      while (cache.size() > target && eldest.hasNext()) {
        CachedProfile e = eldest.next();
        if (e.dirty) {
          continue;
        }
        if (e.used) {
          e.used = false;
        } else {
          eldest.remove();
        }
      }
    }
  }

  int queued() {
    return queue.size();
  }

  int cached() {
    return cache.size();
  }
}
