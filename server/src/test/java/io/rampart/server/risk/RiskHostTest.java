package io.rampart.server.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.risk.Decision;
import io.rampart.risk.EventKey;
import io.rampart.risk.Feature;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.FeatureKey;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.InMemoryFeatureCountStore;
import io.rampart.risk.InMemoryProfileStore;
import io.rampart.risk.InMemoryRiskAlertStore;
import io.rampart.risk.InMemoryRiskRecordStore;
import io.rampart.risk.Policy;
import io.rampart.risk.PolicyLoad;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskFixture;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The in-process host over in-memory stores: order, idempotency, durability, recovery. */
class RiskHostTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final SubjectId ALICE = new SubjectId("alice");

  final MutableClock clock = new MutableClock(T0);
  final InMemoryRiskRecordStore records = new InMemoryRiskRecordStore();
  final InMemoryRiskAlertStore alerts = new InMemoryRiskAlertStore();
  final InMemoryProfileStore profiles = new InMemoryProfileStore();
  final InMemoryFeatureCountStore countStore = new InMemoryFeatureCountStore();
  final InMemoryAuditStore auditStore = new InMemoryAuditStore();
  final FailingRecords failing = new FailingRecords(records);
  final GatedProfiles gated = new GatedProfiles(profiles);
  final RegistryDocuments documents = new RegistryDocuments();
  final List<RiskHost> hosts = new ArrayList<>();

  /** A policy that denies any sign-in from a new device. */
  static Policy strict() {
    String yaml =
        Policy.defaultYaml()
            .replaceFirst("policyVersion: .*", "policyVersion: strict-1")
            .replaceFirst("SIGN_IN: +\\{[^}]*\\}", "SIGN_IN: {DENY: 20}");
    return ((PolicyLoad.Loaded) Policy.parse(yaml)).policy();
  }

  RiskHost host(Duration flushInterval) {
    return host(flushInterval, Policy.defaults(), null);
  }

  RiskHost host(Duration flushInterval, Policy active, Policy shadow) {
    RiskHost host =
        new RiskHost(
            new RiskStores(
                failing,
                alerts,
                gated,
                countStore,
                auditStore.transactions(),
                new AuditTrail(auditStore, clock)),
            new RiskEngine(),
            new RiskPolicies(active, shadow),
            new FeatureCounts(),
            documents,
            clock,
            IdGenerator.timeOrdered(clock, new SecureRandom()),
            new RiskHostSettings(2, 1000, 64, 100, flushInterval, Duration.ofSeconds(10)));
    hosts.add(host);
    return host;
  }

  List<AuditRecord> audits() {
    List<AuditRecord> all = new ArrayList<>();
    auditStore.forEachInOrder(all::add);
    return all;
  }

  @AfterEach
  void stopHosts() {
    hosts.forEach(RiskHost::close);
  }

  RiskSubmission signIn(SubjectId account, String eventId, Instant at, String device) {
    RiskEvent event =
        new RiskEvent.SignInAttempt(
            eventId, account, at, true, "198.51.100.10", RiskFixture.CHROME_WINDOWS, device, false);
    return new RiskSubmission("exchange", event, RiskFixture.BERLIN, documents.write(event));
  }

  @Nested
  class Answering {
    @Test
    void answersOnceTheRecordIsCommitted() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();

      RiskOutcome outcome = host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));

      assertThat(outcome.duplicate()).isFalse();
      assertThat(records.findById(outcome.record().id())).contains(outcome.record());
      assertThat(outcome.record().accountSeq()).isEqualTo(1);
      assertThat(outcome.record().enforced().decision()).isEqualTo(Decision.ALLOW);
      assertThat(outcome.record().ipFacts()).isEqualTo(RiskFixture.BERLIN);
    }

    @Test
    void appliesOneAccountsEventsInTheOrderGivenAndOthersBeside() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      List<RiskSubmission> batch = new ArrayList<>();
      for (int i = 1; i <= 50; i++) {
        batch.add(signIn(new SubjectId("acct-" + (i % 7)), "e-" + i, T0.plusSeconds(i), "d-1"));
      }

      List<RiskOutcome> outcomes = host.ingest(batch);

      for (int a = 0; a < 7; a++) {
        List<RecordedAssessment> mine = records.after(new SubjectId("acct-" + a), 0);
        assertThat(mine).extracting(r -> r.occurredAt()).isSorted();
        assertThat(mine)
            .extracting(RecordedAssessment::accountSeq)
            .containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, mine.size()).boxed().toList());
      }
      assertThat(outcomes).extracting(o -> o.record().key().eventId()).startsWith("e-1", "e-2");
    }

    @Test
    void aReSentEventChangesNothingAndGetsItsFirstAnswer() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      RiskOutcome first = host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));

      RiskOutcome again = host.evaluate(signIn(ALICE, "e-1", T0.plusSeconds(99), "d-9"));
      List<RiskOutcome> twiceInABatch =
          host.ingest(List.of(signIn(ALICE, "e-2", T0, "d-1"), signIn(ALICE, "e-2", T0, "d-1")));

      assertThat(again.duplicate()).isTrue();
      assertThat(again.record()).isEqualTo(first.record());
      assertThat(twiceInABatch.get(0).duplicate()).isFalse();
      assertThat(twiceInABatch.get(1).duplicate()).isTrue();
      assertThat(twiceInABatch.get(1).record()).isEqualTo(twiceInABatch.get(0).record());
      assertThat(records.after(ALICE, 0)).hasSize(2);
      assertThat(host.profile(ALICE).appliedSeq()).isEqualTo(2);
    }

    @Test
    void theSameEventIdFromAnotherSenderIsAnotherEvent() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      RiskSubmission mine = signIn(ALICE, "e-1", T0, "d-1");
      host.evaluate(mine);

      RiskOutcome theirs =
          host.evaluate(new RiskSubmission("other", mine.event(), mine.facts(), mine.document()));

      assertThat(theirs.duplicate()).isFalse();
      assertThat(theirs.record().accountSeq()).isEqualTo(2);
    }

    @Test
    void raisesAnAlertForADenialAndRecordsTheShadowsDecision() {
      RiskHost host = host(Duration.ofHours(1), strict(), Policy.defaults());
      host.start();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));

      RiskOutcome denied = host.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(60), "d-2"));

      assertThat(denied.record().enforced().decision()).isEqualTo(Decision.DENY);
      assertThat(denied.record().enforced().policyVersion()).isEqualTo("strict-1");
      assertThat(denied.record().shadow().decision()).isEqualTo(Decision.ALLOW);
      assertThat(alerts.forAccount(ALICE, null, 10))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.assessmentId()).isEqualTo(denied.record().id());
                assertThat(a.status()).isEqualTo(RiskAlert.Status.OPEN);
                assertThat(a.reasons()).contains("RISK_NEW_DEVICE");
              });
    }

    @Test
    void auditsWhatWasAssessedWithTheProfilesItChanged() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      host.evaluate(signIn(ALICE, "e-2", T0, "d-1"));
      assertThat(audits()).noneMatch(a -> a.type().equals("risk.assessed"));

      host.close();

      assertThat(audits().getLast().type()).isEqualTo("risk.assessed");
      assertThat(audits().getLast().data())
          .containsEntry("count", "2")
          .containsEntry("allow", "2")
          .containsKey("digest")
          .doesNotContainKey("recovered");
    }
  }

  @Nested
  class Failing {
    @Test
    void aFailedCommitAnswersUnavailableAndLeavesNoTrace() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      failing.failing.set(true);

      assertThatThrownBy(() -> host.evaluate(signIn(ALICE, "e-2", T0, "d-1")))
          .isInstanceOf(RiskUnavailableException.class);
      failing.failing.set(false);

      RiskOutcome next = host.evaluate(signIn(ALICE, "e-3", T0, "d-1"));
      assertThat(next.record().accountSeq()).isEqualTo(2);
      assertThat(host.profile(ALICE).appliedSeq()).isEqualTo(2);
    }

    @Test
    void aBatchRetriedAfterAFailedCommitIsAssessedOnTheProfilesAsTheyWere() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      SubjectId bob = new SubjectId("bob");

      failing.failNext.set(1);
      RiskOutcome retried = host.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(60), "d-2"));
      failing.failNext.set(1);
      RiskOutcome first = host.evaluate(signIn(bob, "b-1", T0.plusSeconds(61), "d-1"));

      assertThat(failing.failNext.get()).isZero();
      assertThat(retried.record().accountSeq()).isEqualTo(2);
      assertThat(retried.record().enforced().findings())
          .extracting(f -> f.reason().name())
          .contains("RISK_NEW_DEVICE");
      assertThat(first.record().accountSeq()).isOne();
      for (SubjectId account : List.of(ALICE, bob)) {
        var held = host.profile(account);
        var replayed = host.replayed(account);
        assertThat(held.appliedSeq()).isEqualTo(replayed.appliedSeq());
        assertThat(ProfileCodec.encode(held.profile()))
            .isEqualTo(ProfileCodec.encode(replayed.profile()));
      }
    }

    @Test
    void refusesAtOnceWhenNotRunning() {
      RiskHost host = host(Duration.ofHours(1));

      assertThatThrownBy(() -> host.submit(signIn(ALICE, "e-1", T0, "d-1")))
          .isInstanceOf(RiskUnavailableException.class);
    }
  }

  @Nested
  class Persisting {
    @Test
    void writesProfilesAndCountsOnCloseAndANewHostReadsThem() {
      RiskHost first = host(Duration.ofHours(1));
      first.start();
      first.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      first.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(5), "d-1"));
      first.close();

      assertThat(profiles.load(List.of(ALICE)).get(ALICE).appliedSeq()).isEqualTo(2);
      assertThat(countStore.stored().total()).isEqualTo(2);
      RiskHost second = host(Duration.ofHours(1));
      assertThat(second.start().accounts()).isZero();
      assertThat(second.profile(ALICE).appliedSeq()).isEqualTo(2);
      RiskOutcome third = second.evaluate(signIn(ALICE, "e-3", T0.plusSeconds(9), "d-1"));
      assertThat(third.record().accountSeq()).isEqualTo(3);
    }

    @Test
    void afterACrashRebuildsProfilesAndCountsFromTheRecordedEvents() {
      RiskHost crashed = host(Duration.ofHours(1));
      crashed.start();
      for (int i = 1; i <= 5; i++) {
        crashed.evaluate(signIn(ALICE, "e-" + i, T0.plusSeconds(i), "d-" + (i % 2)));
      }
      crashed.evaluate(signIn(new SubjectId("bob"), "b-1", T0, "d-1"));
      var held = crashed.profile(ALICE);
      assertThat(profiles.size()).isZero();

      RiskHost restarted = host(Duration.ofHours(1));
      RiskHost.Recovery recovery = restarted.start();

      assertThat(recovery.accounts()).isEqualTo(2);
      assertThat(recovery.events()).isEqualTo(6);
      var rebuilt = restarted.profile(ALICE);
      assertThat(rebuilt.appliedSeq()).isEqualTo(5);
      assertThat(ProfileCodec.encode(rebuilt.profile()))
          .isEqualTo(ProfileCodec.encode(held.profile()));
      assertThat(countStore.stored().total()).isEqualTo(6);
      assertThat(audits())
          .filteredOn(a -> a.type().equals("risk.assessed"))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.data())
                      .containsEntry("count", "6")
                      .containsEntry("recovered", "true"));
      assertThat(stored().count(Feature.COUNTRY, FeatureKey.of("DE"))).isEqualTo(6L);
    }

    @Test
    void countsEveryRecordedSignInAgainWhenTheStoredCountsAreOfAnotherShape() {
      RiskHost first = host(Duration.ofHours(1));
      first.start();
      for (int i = 1; i <= 4; i++) {
        first.evaluate(signIn(ALICE, "e-" + i, T0.plusSeconds(i), "d-1"));
      }
      first.close();
      countStore.replace("another-shape", new long[8], 999);

      RiskHost second = host(Duration.ofHours(1));
      assertThat(second.start().accounts()).isZero();

      assertThat(countStore.stored())
          .isEqualTo(new FeatureCountStore.Stored(GlobalFeatureCounts.SHAPE, 4));
      assertThat(stored().count(Feature.IP, FeatureKey.of("198.51.100.10"))).isEqualTo(4L);
      assertThat(second.profile(ALICE).appliedSeq()).isEqualTo(4);
    }

    /** The global counts as a new host would load them from the store. */
    FeatureCounts stored() {
      var counts = new FeatureCounts();
      assertThat(counts.load(countStore)).isTrue();
      return counts;
    }

    @Test
    void loadsAProfileBehindItsEventsByApplyingThem() {
      RiskHost first = host(Duration.ofHours(1));
      first.start();
      first.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      first.close();
      RiskHost other = host(Duration.ofHours(1));
      other.start();
      other.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(1), "d-2"));
      other.close();
      profiles.save(
          List.of(
              new io.rampart.risk.StoredProfile(
                  new SubjectId("unused"), 1, ProfileCodec.encode(RiskFixture.typicalProfile()))));

      RiskHost third = host(Duration.ofHours(1));
      third.start();
      assertThat(third.profile(ALICE).appliedSeq()).isEqualTo(2);
      assertThat(ProfileCodec.encode(third.profile(ALICE).profile()))
          .isEqualTo(ProfileCodec.encode(third.replayed(ALICE).profile()));
    }
  }

  @Nested
  class CountingSources {
    RiskSubmission attempt(String account, String id, Instant at, String ip, boolean success) {
      RiskEvent event =
          new RiskEvent.SignInAttempt(
              id, new SubjectId(account), at, success, ip, RiskFixture.FIREFOX_LINUX, null, false);
      return new RiskSubmission("exchange", event, RiskFixture.BERLIN, documents.write(event));
    }

    /** One IP failing on twelve accounts within a minute. */
    List<RiskSubmission> stuffing(Instant at) {
      List<RiskSubmission> batch = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        batch.add(attempt("victim-" + i, "f-" + i, at.plusSeconds(i), "203.0.113.9", false));
      }
      return batch;
    }

    List<String> reasons(RiskOutcome outcome) {
      return outcome.record().enforced().findings().stream().map(f -> f.reason().name()).toList();
    }

    @Test
    void flagsASignInFromAnIpThatFailedOnManyAccounts() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      host.ingest(stuffing(T0));

      RiskOutcome from =
          host.evaluate(attempt("alice", "s-1", T0.plusSeconds(60), "203.0.113.9", true));
      RiskOutcome elsewhere =
          host.evaluate(attempt("bob", "s-2", T0.plusSeconds(60), "192.0.2.1", true));

      assertThat(reasons(from)).contains("RISK_CREDENTIAL_STUFFING");
      assertThat(reasons(elsewhere)).doesNotContain("RISK_CREDENTIAL_STUFFING");
    }

    @Test
    void rebuildsThemAtStartFromTheSignInsRecordedWithinTheHour() {
      RiskHost first = host(Duration.ofHours(1));
      first.start();
      first.ingest(stuffing(T0));
      first.close();

      clock.advance(Duration.ofMinutes(10));
      RiskHost second = host(Duration.ofHours(1));
      second.start();
      RiskOutcome soon =
          second.evaluate(attempt("alice", "s-1", T0.plusSeconds(600), "203.0.113.9", true));
      second.close();
      clock.advance(Duration.ofHours(2));
      RiskHost third = host(Duration.ofHours(1));
      third.start();
      RiskOutcome later =
          third.evaluate(attempt("carol", "s-2", T0.plusSeconds(601), "203.0.113.9", true));

      assertThat(reasons(soon)).contains("RISK_CREDENTIAL_STUFFING");
      assertThat(reasons(later)).doesNotContain("RISK_CREDENTIAL_STUFFING");
    }

    @Test
    void aBatchThatCouldNotBeRecordedIsTakenBack() {
      RiskHost host = host(Duration.ofHours(1));
      host.start();
      failing.failing.set(true);
      for (RiskSubmission s : stuffing(T0)) {
        assertThatThrownBy(() -> host.evaluate(s)).isInstanceOf(RiskUnavailableException.class);
      }
      failing.failing.set(false);

      RiskOutcome after =
          host.evaluate(attempt("alice", "s-1", T0.plusSeconds(60), "203.0.113.9", true));

      assertThat(reasons(after)).doesNotContain("RISK_CREDENTIAL_STUFFING");
    }
  }

  @Nested
  class WritingBehind {
    @Test
    void answersWhileAProfileWriteIsStillInFlight() throws InterruptedException {
      RiskHost host = host(Duration.ofMillis(1));
      host.start();
      gated.holdNextSave();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      gated.awaitHeldSave();

      RiskOutcome second = host.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(1), "d-1"));

      assertThat(second.record().accountSeq()).isEqualTo(2);
      assertThat(profiles.size()).isZero();
      assertThat(gated.heldSave())
          .singleElement()
          .satisfies(p -> assertThat(p.appliedSeq()).isOne());
      byte[] asTaken = gated.heldSave().getFirst().profile();
      gated.release();
      assertThat(gated.awaitReleasedSave())
          .singleElement()
          .satisfies(p -> assertThat(p.profile()).isEqualTo(asTaken));
      host.close();
      assertThat(profiles.load(List.of(ALICE)).get(ALICE).appliedSeq()).isEqualTo(2);
    }

    @Test
    void keepsChangedProfilesAndForgetsWrittenOnesBeyondTheCacheSize() {
      RiskHost first = host(Duration.ofHours(1));
      first.start();
      first.ingest(signIns("a", 0));
      assertThat(first.cached()).as("nothing written, nothing forgotten").isEqualTo(600);
      first.close();
      assertThat(profiles.size()).isEqualTo(600);

      RiskHost again = host(Duration.ofHours(1));
      again.start();
      for (int i = 0; i < 600; i++) {
        assertThat(again.profile(new SubjectId("acct-" + i)).appliedSeq()).isOne();
      }
      assertThat(again.cached()).as("100 per shard").isLessThanOrEqualTo(200);

      assertThat(again.ingest(signIns("b", 3600)))
          .allSatisfy(o -> assertThat(o.record().accountSeq()).isEqualTo(2))
          .allSatisfy(o -> assertThat(o.record().enforced().findings()).isEmpty());
      for (int i = 0; i < 600; i += 97) {
        SubjectId account = new SubjectId("acct-" + i);
        assertThat(ProfileCodec.encode(again.profile(account).profile()))
            .isEqualTo(ProfileCodec.encode(again.replayed(account).profile()));
      }
    }

    /** A habitual sign-in for each of 600 accounts, each on its own device. */
    List<RiskSubmission> signIns(String prefix, long atSecond) {
      List<RiskSubmission> all = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        all.add(
            signIn(
                new SubjectId("acct-" + i),
                prefix + "-" + i,
                T0.plusSeconds(atSecond + i),
                "d-" + i));
      }
      return all;
    }

    @Test
    void aFailedWriteLeavesItsProfilesCountsAndAuditToTheNext() throws InterruptedException {
      RiskHost host = host(Duration.ofMillis(1));
      host.start();
      gated.failNextSave();
      host.evaluate(signIn(ALICE, "e-1", T0, "d-1"));
      gated.awaitFailure();

      host.evaluate(signIn(ALICE, "e-2", T0.plusSeconds(1), "d-1"));
      host.close();

      assertThat(profiles.load(List.of(ALICE)).get(ALICE).appliedSeq()).isEqualTo(2);
      assertThat(countStore.stored().total()).isEqualTo(2);
      assertThat(audits())
          .filteredOn(a -> a.type().equals("risk.assessed"))
          .extracting(a -> Integer.parseInt(a.data().get("count")))
          .containsExactly(1, 1);
    }
  }

  /**
   * Profiles whose next write can be held until released, or refused, to stand in for a slow or
   * failing database behind the engine.
   */
  static final class GatedProfiles implements ProfileStore {
    private final ProfileStore delegate;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch failed = new CountDownLatch(1);
    private final CountDownLatch doneHolding = new CountDownLatch(1);
    private volatile boolean holdNext;
    private volatile boolean failNext;
    private volatile List<StoredProfile> heldSave;
    private volatile List<StoredProfile> releasedSave;

    GatedProfiles(ProfileStore delegate) {
      this.delegate = delegate;
    }

    void holdNextSave() {
      holdNext = true;
    }

    void failNextSave() {
      failNext = true;
    }

    void awaitHeldSave() throws InterruptedException {
      assertThat(held.await(10, TimeUnit.SECONDS)).as("a write reached the store").isTrue();
    }

    void awaitFailure() throws InterruptedException {
      assertThat(failed.await(10, TimeUnit.SECONDS)).as("a write was refused").isTrue();
    }

    void release() {
      released.countDown();
    }

    /** What the held write was given, copied when it reached the store. */
    List<StoredProfile> heldSave() {
      return heldSave;
    }

    /** What the held write was given, copied once released: the same if nothing changed it. */
    List<StoredProfile> awaitReleasedSave() {
      try {
        assertThat(doneHolding.await(10, TimeUnit.SECONDS)).as("the write went on").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return releasedSave;
    }

    private static List<StoredProfile> copied(List<StoredProfile> saved) {
      return saved.stream()
          .map(p -> new StoredProfile(p.account(), p.appliedSeq(), p.profile().clone()))
          .toList();
    }

    @Override
    public void save(List<StoredProfile> saved) {
      if (failNext) {
        failNext = false;
        failed.countDown();
        throw new IllegalStateException("database down");
      }
      if (holdNext) {
        holdNext = false;
        heldSave = copied(saved);
        held.countDown();
        try {
          released.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        releasedSave = copied(saved);
        doneHolding.countDown();
      }
      delegate.save(saved);
    }

    @Override
    public Map<SubjectId, StoredProfile> load(Collection<SubjectId> accounts) {
      return delegate.load(accounts);
    }

    @Override
    public void checkpoint(int writer, Instant at) {
      delegate.checkpoint(writer, at);
    }

    @Override
    public Optional<Instant> oldestCheckpoint() {
      return delegate.oldestCheckpoint();
    }

    @Override
    public void retainCheckpoints(int writers) {
      delegate.retainCheckpoints(writers);
    }
  }

  /** Records that fail on demand, to stand in for a database outage. */
  static final class FailingRecords implements RiskRecordStore {
    final AtomicBoolean failing = new AtomicBoolean();

    /** How many appends to refuse before taking them again. */
    final AtomicInteger failNext = new AtomicInteger();

    private final RiskRecordStore delegate;

    FailingRecords(RiskRecordStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public void append(List<RecordedAssessment> batch) {
      if (failing.get() || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("database down");
      }
      delegate.append(batch);
    }

    @Override
    public Map<EventKey, RecordedAssessment> find(Collection<EventKey> keys) {
      return delegate.find(keys);
    }

    @Override
    public Optional<RecordedAssessment> findById(UUID id) {
      return delegate.findById(id);
    }

    @Override
    public List<RecordedAssessment> forAccount(SubjectId account, Long beforeSeq, int limit) {
      return delegate.forAccount(account, beforeSeq, limit);
    }

    @Override
    public List<RecordedAssessment> after(SubjectId account, long afterSeq) {
      return delegate.after(account, afterSeq);
    }

    @Override
    public Map<SubjectId, Long> lastSeqs(Collection<SubjectId> accounts) {
      return delegate.lastSeqs(accounts);
    }

    @Override
    public Set<SubjectId> accountsRecordedSince(Instant since) {
      return delegate.accountsRecordedSince(since);
    }

    @Override
    public void forEachRecordedSince(
        Instant since, String eventType, java.util.function.Consumer<RecordedAssessment> sink) {
      delegate.forEachRecordedSince(since, eventType, sink);
    }
  }
}
