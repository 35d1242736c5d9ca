package io.rampart.server.risk;

import io.rampart.kernel.IdGenerator;
import io.rampart.risk.EventContext;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.SourceCounts;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the risk engine in this process: events of one account are applied in order by the shard
 * that owns the account, different accounts in parallel; an event's record is committed before its
 * answer is given (batched: the shards' batches ready together share one transaction, {@link
 * GroupCommit}); profiles are cached and written behind with the global counts and the audit record
 * of what was assessed; after a crash, the events recorded since are replayed at start into the
 * profiles, the counts and the audit trail. The sign-in attempts per source across accounts ({@link
 * SourceCounts}) are kept in memory only: at start they are rebuilt from the sign-ins recorded
 * within their window.
 *
 * <p>One node hosts an account's profile: with several nodes, two that take events of one account
 * race on its {@code accountSeq}, the loser's batch fails, is retried with the account reloaded,
 * and so stays correct, but each node's cache then only helps the accounts it alone serves.
 */
public final class RiskHost implements AutoCloseable {
  /** The sender of Rampart's own flows' events. */
  public static final String RAMPART = "rampart";

  private static final Logger log = LoggerFactory.getLogger(RiskHost.class);

  /** Checkpoints are compared with recording times; allow the clock this much unevenness. */
  private static final Duration RECOVERY_MARGIN = Duration.ofMinutes(1);

  private static final int RECOVERY_CHUNK = 500;

  private static final String SIGN_IN_TYPE = "sign_in_attempt";

  /**
   * How long the commit thread waits, once it holds a batch, for shards still assessing theirs, so
   * they share the transaction: about what a shard takes to assess a few dozen events, and far less
   * than the commit's own {@code fsync}.
   */
  private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  /**
   * What every shard shares; {@code writer} runs the shards' write-behind, {@code commits} commits
   * their batches.
   */
  record Parts(
      RiskStores stores,
      RiskEngine engine,
      RiskPolicies policies,
      FeatureCounts counts,
      SourceCounts sources,
      ProfileRebuild rebuild,
      Clock clock,
      IdGenerator ids,
      RiskHostSettings settings,
      Executor writer,
      GroupCommit commits) {}

  /** What a start found and repaired. */
  public record Recovery(int accounts, int events) {}

  private final Parts parts;
  private final EventDocuments documents;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().name("risk-writer").daemon(true).unstarted(r));
  private final List<RiskShard> shards = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private Thread committing;
  private volatile boolean started;

  public RiskHost(
      RiskStores stores,
      RiskEngine engine,
      RiskPolicies policies,
      FeatureCounts counts,
      EventDocuments documents,
      Clock clock,
      IdGenerator ids,
      RiskHostSettings settings) {
    Objects.requireNonNull(stores, "stores");
    this.parts =
        new Parts(
            stores,
            Objects.requireNonNull(engine, "engine"),
            Objects.requireNonNull(policies, "policies"),
            Objects.requireNonNull(counts, "counts"),
            new SourceCounts(),
            new ProfileRebuild(stores.records(), engine, documents, counts),
            Objects.requireNonNull(clock, "clock"),
            Objects.requireNonNull(ids, "ids"),
            Objects.requireNonNull(settings, "settings"),
            writer,
            new GroupCommit(stores, GATHER_NANOS));
    this.documents = documents;
  }

  /**
   * Loads the global counts (or counts every recorded sign-in again when none of this shape are
   * stored), rebuilds the profiles of accounts recorded since the last complete write (after a
   * crash) and the source counts, and starts the shards.
   */
  public synchronized Recovery start() {
    if (started) {
      throw new IllegalStateException("already started");
    }
    boolean countsLoaded = parts.counts().load(parts.stores().counts());
    Recovery recovery = recover(countsLoaded);
    if (!countsLoaded) {
      countAllSignIns();
    }
    countRecentSignIns();
    committing = Thread.ofPlatform().name("risk-commit").start(parts.commits());
    for (int i = 0; i < parts.settings().shards(); i++) {
      RiskShard shard = new RiskShard(i, parts);
      shards.add(shard);
      threads.add(Thread.ofPlatform().name("risk-shard-" + i).start(shard));
    }
    started = true;
    if (recovery.accounts() > 0) {
      log.info(
          "Risk engine rebuilt {} profiles from {} recorded events",
          recovery.accounts(),
          recovery.events());
    }
    return recovery;
  }

  /**
   * @param countRecovered whether the sign-ins replayed are added to the global counts (not when
   *     every recorded sign-in is counted afterwards)
   */
  private Recovery recover(boolean countRecovered) {
    RiskStores stores = parts.stores();
    Instant since =
        stores
            .profiles()
            .oldestCheckpoint()
            .map(c -> c.minus(RECOVERY_MARGIN))
            .orElse(Instant.EPOCH);
    List<SubjectId> accounts = new ArrayList<>(stores.records().accountsRecordedSince(since));
    int rebuiltAccounts = 0;
    int events = 0;
    for (int from = 0; from < accounts.size(); from += RECOVERY_CHUNK) {
      List<SubjectId> chunk =
          accounts.subList(from, Math.min(accounts.size(), from + RECOVERY_CHUNK));
      Map<SubjectId, StoredProfile> stored = stores.profiles().load(chunk);
      FeatureCounts.Deltas deltas = countRecovered ? new FeatureCounts.Deltas() : null;
      AssessedDigest unaudited = new AssessedDigest();
      List<StoredProfile> rebuilt = new ArrayList<>();
      for (SubjectId account : chunk) {
        ProfileRebuild.Rebuilt r =
            parts.rebuild().rebuild(account, stored.get(account), deltas, unaudited);
        if (r.applied() > 0) {
          rebuilt.add(r.stored(account));
          events += r.applied();
        }
      }
      if (!rebuilt.isEmpty()) {
        stores
            .transactions()
            .run(
                () -> {
                  stores.profiles().save(rebuilt);
                  if (deltas != null && !deltas.isEmpty()) {
                    deltas.writeTo(stores.counts());
                  }
                  stores.audit().append(unaudited.event(true));
                });
        rebuiltAccounts += rebuilt.size();
      }
    }
    Instant now = parts.clock().instant();
    int count = parts.settings().shards();
    stores
        .transactions()
        .run(
            () -> {
              stores.profiles().retainCheckpoints(count);
              for (int i = 0; i < count; i++) {
                stores.profiles().checkpoint(i, now);
              }
            });
    return new Recovery(rebuiltAccounts, events);
  }

  /**
   * Counts every recorded successful sign-in into the global counts and stores them: at the first
   * start with bounded counts, or after their shape changed. Commits once, so a crash halfway
   * leaves nothing stored and the next start counts again.
   */
  private void countAllSignIns() {
    long[] signIns = {0};
    parts
        .stores()
        .records()
        .forEachRecordedSince(
            Instant.EPOCH,
            SIGN_IN_TYPE,
            r -> {
              RiskEvent event = documents.read(r.document());
              SignInFeatures features =
                  FeatureCounts.countedFeatures(
                      event, EventContext.of(event, r.ipFacts(), parts.counts()));
              if (features != null) {
                parts.counts().add(features, 1);
                signIns[0]++;
              }
            });
    parts.stores().transactions().run(() -> parts.counts().replaceIn(parts.stores().counts()));
    log.info("Risk engine counted the features of {} recorded successful sign-ins", signIns[0]);
  }

  /**
   * Feeds the source counts the sign-ins recorded within their window (and the recovery margin),
   * with the facts recorded with them. The counts do not depend on the order of attempts, so they
   * are what the shards held when they stopped.
   */
  private void countRecentSignIns() {
    Instant since =
        parts
            .clock()
            .instant()
            .minus(Duration.ofMinutes(SourceCounts.WINDOW_MINUTES))
            .minus(RECOVERY_MARGIN);
    parts
        .stores()
        .records()
        .forEachRecordedSince(
            since,
            SIGN_IN_TYPE,
            r -> {
              RiskEvent event = documents.read(r.document());
              parts.sources().observe(event, EventContext.of(event, r.ipFacts(), parts.counts()));
            });
  }

  /** Stops taking events, finishes the queued ones and writes every changed profile. */
  @Override
  public synchronized void close() {
    if (!started) {
      return;
    }
    started = false;
    shards.forEach(RiskShard::stop);
    try {
      for (Thread t : threads) {
        t.join(TimeUnit.SECONDS.toMillis(30));
      }
      parts.commits().stop();
      committing.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      writer.shutdown();
    }
  }

  /**
   * Queues the event for its account's shard.
   *
   * @return completes once the event's record is committed, or exceptionally with {@link
   *     RiskUnavailableException}
   * @throws RiskUnavailableException at once if the shard's queue is full or the host is stopped
   */
  public CompletableFuture<RiskOutcome> submit(RiskSubmission submission) {
    CompletableFuture<RiskOutcome> answer = new CompletableFuture<>();
    if (!started
        || !shardOf(submission.event().accountId())
            .offer(new RiskShard.Pending(submission, answer))) {
      throw new RiskUnavailableException(
          started ? "the risk engine is at capacity" : "the risk engine is not running");
    }
    return answer;
  }

  /** Submits and waits for the event's durable outcome. */
  public RiskOutcome evaluate(RiskSubmission submission) {
    return await(submit(submission));
  }

  /**
   * Submits every event and waits for all their outcomes, in the order given. Events of one account
   * are applied in that order.
   */
  public List<RiskOutcome> ingest(List<RiskSubmission> submissions) {
    List<CompletableFuture<RiskOutcome>> answers = new ArrayList<>(submissions.size());
    for (RiskSubmission s : submissions) {
      answers.add(submit(s));
    }
    List<RiskOutcome> outcomes = new ArrayList<>(answers.size());
    for (CompletableFuture<RiskOutcome> a : answers) {
      outcomes.add(await(a));
    }
    return outcomes;
  }

  /** The account's profile as its shard holds it now, with the number of events applied. */
  public ProfileView profile(SubjectId account) {
    CompletableFuture<ProfileView> answer = new CompletableFuture<>();
    if (!started || !shardOf(account).offer(new RiskShard.ProfileQuery(account, answer))) {
      throw new RiskUnavailableException("the risk engine is at capacity or not running");
    }
    return await(answer);
  }

  /**
   * The account's profile rebuilt from nothing out of its recorded events, to compare with what the
   * engine holds.
   */
  public ProfileView replayed(SubjectId account) {
    ProfileRebuild.Rebuilt r = parts.rebuild().rebuild(account, null, null, null);
    return new ProfileView(account, r.appliedSeq(), ProfileCodec.decode(r.profile()));
  }

  /** Events waiting in the shards' queues. */
  public int queued() {
    return shards.stream().mapToInt(RiskShard::queued).sum();
  }

  /** Profiles the shards hold in memory. */
  public int cached() {
    return shards.stream().mapToInt(RiskShard::cached).sum();
  }

  public RiskPolicies policies() {
    return parts.policies();
  }

  private RiskShard shardOf(SubjectId account) {
    return shards.get(Math.floorMod(account.value().hashCode(), shards.size()));
  }

  private <T> T await(CompletableFuture<T> answer) {
    try {
      return answer.get(parts.settings().answerTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RiskUnavailableException unavailable) {
        throw unavailable;
      }
      throw new RiskUnavailableException("the risk engine failed", e.getCause());
    } catch (TimeoutException e) {
      throw new RiskUnavailableException("the risk engine did not answer in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RiskUnavailableException("interrupted while waiting for the risk engine");
    }
  }

  /** The event's {@code type} in the schema of {@code docs/events.md}. */
  public static String typeOf(RiskEvent event) {
    return switch (event) {
      case RiskEvent.SignInAttempt e -> SIGN_IN_TYPE;
      case RiskEvent.SessionActivity e -> "session_activity";
      case RiskEvent.WithdrawalRequest e -> "withdrawal_request";
      case RiskEvent.Deposit e -> "deposit";
      case RiskEvent.AddressBookChange e -> "address_book_change";
      case RiskEvent.SecuritySettingChange e -> "security_setting_change";
      case RiskEvent.ApiKeyUse e -> "api_key_use";
    };
  }
}
