package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contracts of a host's storage ports ({@link RiskRecordStore}, {@link RiskAlertStore}, {@link
 * ProfileStore}, {@link FeatureCountStore}), each a nested suite over the implementations a
 * subclass supplies.
 */
public abstract class RiskStoreContracts {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
  protected static final SubjectId BOB = new SubjectId("bob-7");

  protected abstract RiskRecordStore records();

  protected abstract RiskAlertStore alerts();

  protected abstract ProfileStore profiles();

  protected abstract FeatureCountStore counts();

  /** A recorded failed sign-in with one finding, under a shadow policy too. */
  public static RecordedAssessment aRecord(
      String sender, String eventId, SubjectId account, long seq, Instant recordedAt) {
    Assessment enforced =
        new Assessment(
            eventId,
            ActionType.SIGN_IN,
            Decision.CHALLENGE,
            45,
            List.of(
                new Finding.Signal(RiskReason.RISK_NEW_DEVICE, 20, "device d-1 is new"),
                new Finding.Signal(
                    RiskReason.RISK_FAILED_SIGN_IN_BURST, 25, "5 failed sign-ins within the hour")),
            "default-2026-11-25");
    Assessment shadow =
        new Assessment(eventId, ActionType.SIGN_IN, Decision.ALLOW, 0, List.of(), "candidate-2");
    return new RecordedAssessment(
        UUID.randomUUID(),
        new EventKey(sender, eventId),
        account,
        seq,
        "sign_in_attempt",
        Instant.parse("2026-03-01T09:59:00Z"),
        recordedAt,
        "{\"type\":\"sign_in_attempt\",\"eventId\":\"" + eventId + "\",\"success\":false}",
        new IpFacts(
            Optional.of("DE"),
            OptionalInt.of(3320),
            Optional.of(new Coordinates(52.52, 13.405)),
            false,
            true,
            false),
        enforced,
        shadow);
  }

  @Nested
  class Records {
    RiskRecordStore store;

    @BeforeEach
    void create() {
      store = records();
    }

    @Test
    void readsBackWhatWasAppended() {
      RecordedAssessment r = aRecord("exchange", "e-1", RiskFixture.ALICE, 1, T0);
      store.append(List.of(r));

      assertThat(store.findById(r.id())).contains(r);
      assertThat(store.find(List.of(r.key(), new EventKey("exchange", "e-2"))))
          .containsExactlyEntriesOf(Map.of(r.key(), r));
    }

    @Test
    void keepsAnAssessmentWithoutShadowAndUnknownFacts() {
      RecordedAssessment full = aRecord("exchange", "e-1", RiskFixture.ALICE, 1, T0);
      RecordedAssessment r =
          new RecordedAssessment(
              full.id(),
              full.key(),
              full.account(),
              1,
              full.eventType(),
              full.occurredAt(),
              full.recordedAt(),
              full.document(),
              IpFacts.UNKNOWN,
              new Assessment("e-1", ActionType.DEPOSIT, Decision.ALLOW, 0, List.of(), "v1"),
              null);
      store.append(List.of(r));

      assertThat(store.findById(r.id())).contains(r);
    }

    @Test
    void keepsAnyTextAsSent() {
      String odd = "tab\there, line\nbreak\r, back\\slash, \"quoted\", {braces}, NULL, \\N";
      String document =
          "{\"type\":\"sign_in_attempt\",\"userAgent\":\"Mozilla\\t\\\\ \\u0000 \\\"x\\\"\","
              + " \"note\":\"Привет 你好 🛡\\ttab\"}";
      String eventId = "id\\with\ttab and ünïcödé 🛡";
      RecordedAssessment full = aRecord("exchange", "e-1", RiskFixture.ALICE, 1, T0);
      RecordedAssessment r =
          new RecordedAssessment(
              full.id(),
              new EventKey("sender, {x} \"y\"", eventId),
              new SubjectId("account\n" + "é".repeat(100)),
              Long.MAX_VALUE,
              full.eventType(),
              Instant.parse("1970-01-01T00:00:00.000001Z"),
              Instant.parse("2999-12-31T23:59:59.999999Z"),
              document,
              new IpFacts(
                  Optional.of("ZZ"),
                  OptionalInt.of(Integer.MAX_VALUE),
                  Optional.of(new Coordinates(-89.999999, -179.5)),
                  true,
                  false,
                  true),
              new Assessment(
                  eventId,
                  ActionType.WITHDRAWAL,
                  Decision.DENY,
                  Integer.MAX_VALUE,
                  List.of(
                      new Finding.Signal(RiskReason.RISK_NEW_DEVICE, 0, odd),
                      new Finding.Signal(RiskReason.RISK_NEW_DEVICE, 7, ""),
                      new Finding.Signal(RiskReason.RISK_FAILED_SIGN_IN_BURST, 1, "NULL")),
                  "policy \"v\" ✓"),
              new Assessment(eventId, ActionType.WITHDRAWAL, Decision.REVIEW, 0, List.of(), "{}"));
      store.append(List.of(r));

      assertThat(store.findById(r.id())).contains(r);
      assertThat(store.find(List.of(r.key()))).containsExactlyEntriesOf(Map.of(r.key(), r));
    }

    @Test
    void appendsALargeBatchWhole() {
      List<RecordedAssessment> batch = new java.util.ArrayList<>();
      for (int i = 1; i <= 1_500; i++) {
        batch.add(aRecord("exchange", "e-" + i, BOB, i, T0));
      }
      store.append(batch);

      assertThat(store.lastSeqs(List.of(BOB))).containsExactlyEntriesOf(Map.of(BOB, 1_500L));
      assertThat(store.after(BOB, 0)).containsExactlyElementsOf(batch);
    }

    @Test
    void anEventIdIsUniquePerSenderOnly() {
      store.append(List.of(aRecord("exchange", "e-1", RiskFixture.ALICE, 1, T0)));
      store.append(List.of(aRecord("rampart", "e-1", RiskFixture.ALICE, 2, T0)));

      assertThatThrownBy(() -> store.append(List.of(aRecord("exchange", "e-1", BOB, 1, T0))))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.forAccount(BOB, null, 10)).isEmpty();
    }

    @Test
    void refusesAWholeBatchWithOneRepeatedPosition() {
      store.append(List.of(aRecord("exchange", "e-1", RiskFixture.ALICE, 1, T0)));

      assertThatThrownBy(
              () ->
                  store.append(
                      List.of(
                          aRecord("exchange", "b-1", BOB, 1, T0),
                          aRecord("exchange", "e-2", RiskFixture.ALICE, 1, T0))))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.find(List.of(new EventKey("exchange", "b-1")))).isEmpty();
      assertThatThrownBy(
              () ->
                  store.append(
                      List.of(
                          aRecord("exchange", "b-2", BOB, 1, T0),
                          aRecord("exchange", "b-2", BOB, 2, T0))))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.lastSeqs(List.of(BOB))).isEmpty();
    }

    @Test
    void listsAnAccountNewestFirstAndReplaysItOldestFirst() {
      store.append(
          List.of(
              aRecord("exchange", "a-1", RiskFixture.ALICE, 1, T0),
              aRecord("exchange", "b-1", BOB, 1, T0),
              aRecord("exchange", "a-2", RiskFixture.ALICE, 2, T0)));
      store.append(List.of(aRecord("exchange", "a-3", RiskFixture.ALICE, 3, T0)));

      assertThat(store.forAccount(RiskFixture.ALICE, null, 2))
          .extracting(RecordedAssessment::accountSeq)
          .containsExactly(3L, 2L);
      assertThat(store.forAccount(RiskFixture.ALICE, 2L, 10))
          .extracting(RecordedAssessment::accountSeq)
          .containsExactly(1L);
      assertThat(store.after(RiskFixture.ALICE, 1))
          .extracting(r -> r.key().eventId())
          .containsExactly("a-2", "a-3");
      assertThat(store.lastSeqs(Set.of(RiskFixture.ALICE, BOB, new SubjectId("nobody"))))
          .containsExactlyInAnyOrderEntriesOf(Map.of(RiskFixture.ALICE, 3L, BOB, 1L));
    }

    @Test
    void namesTheAccountsRecordedSinceATime() {
      store.append(List.of(aRecord("exchange", "a-1", RiskFixture.ALICE, 1, T0)));
      store.append(List.of(aRecord("exchange", "b-1", BOB, 1, T0.plusSeconds(60))));

      assertThat(store.accountsRecordedSince(T0.plusSeconds(60))).containsExactly(BOB);
      assertThat(store.accountsRecordedSince(T0)).containsExactlyInAnyOrder(RiskFixture.ALICE, BOB);
    }

    @Test
    void handsOnTheRecordsOfOneTypeRecordedSinceATime() {
      RecordedAssessment early = aRecord("exchange", "a-1", RiskFixture.ALICE, 1, T0);
      RecordedAssessment late = aRecord("exchange", "b-1", BOB, 1, T0.plusSeconds(60));
      RecordedAssessment other =
          new RecordedAssessment(
              UUID.randomUUID(),
              new EventKey("exchange", "b-2"),
              BOB,
              2,
              "deposit",
              late.occurredAt(),
              late.recordedAt(),
              "{\"type\":\"deposit\"}",
              IpFacts.UNKNOWN,
              new Assessment("b-2", ActionType.DEPOSIT, Decision.ALLOW, 0, List.of(), "v1"),
              null);
      store.append(List.of(early, late, other));

      List<RecordedAssessment> seen = new java.util.ArrayList<>();
      store.forEachRecordedSince(T0.plusSeconds(60), "sign_in_attempt", seen::add);
      assertThat(seen).containsExactly(late);
      seen.clear();
      store.forEachRecordedSince(T0, "sign_in_attempt", seen::add);
      assertThat(seen).containsExactlyInAnyOrder(early, late);
    }
  }

  @Nested
  class Alerts {
    RiskAlertStore store;

    @BeforeEach
    void create() {
      store = alerts();
    }

    RiskAlert anAlert(SubjectId account, Instant at) {
      RecordedAssessment r = aRecord("exchange", UUID.randomUUID().toString(), account, 1, at);
      return RiskAlert.of(UUID.randomUUID(), r);
    }

    @Test
    void raisesListsAndClosesOnce() {
      RiskAlert first = anAlert(RiskFixture.ALICE, T0);
      RiskAlert second = anAlert(RiskFixture.ALICE, T0.plusSeconds(1));
      RiskAlert other = anAlert(BOB, T0);
      store.raise(List.of(first, second, other));

      assertThat(store.findById(first.id())).contains(first);
      assertThat(store.forAccount(RiskFixture.ALICE, null, 10)).containsExactly(second, first);
      Optional<RiskAlert> closed =
          store.close(first.id(), T0.plusSeconds(5), "operator-token", "customer confirmed");
      assertThat(closed)
          .contains(first.closed(T0.plusSeconds(5), "operator-token", "customer confirmed"));
      assertThat(store.close(first.id(), T0.plusSeconds(6), "x", "again")).isEmpty();
      assertThat(store.close(UUID.randomUUID(), T0, "x", "y")).isEmpty();
      assertThat(store.forAccount(RiskFixture.ALICE, RiskAlert.Status.OPEN, 10))
          .containsExactly(second);
      assertThat(store.list(RiskAlert.Status.OPEN, 10)).containsExactlyInAnyOrder(second, other);
      assertThat(store.list(null, 1)).hasSize(1);
    }

    @Test
    void keepsTheAssessmentsReasons() {
      RiskAlert alert = anAlert(RiskFixture.ALICE, T0);
      store.raise(List.of(alert));

      assertThat(store.findById(alert.id()).orElseThrow().reasons())
          .containsExactly("RISK_NEW_DEVICE", "RISK_FAILED_SIGN_IN_BURST");
    }
  }

  @Nested
  class Profiles {
    ProfileStore store;

    @BeforeEach
    void create() {
      store = profiles();
    }

    @Test
    void savesAndNeverMovesBackwards() {
      byte[] typical = ProfileCodec.encode(RiskFixture.typicalProfile());
      store.save(List.of(new StoredProfile(RiskFixture.ALICE, 5, typical)));
      store.save(List.of(new StoredProfile(RiskFixture.ALICE, 4, new byte[] {1})));

      StoredProfile loaded = store.load(List.of(RiskFixture.ALICE, BOB)).get(RiskFixture.ALICE);
      assertThat(loaded.appliedSeq()).isEqualTo(5);
      assertThat(loaded.profile()).isEqualTo(typical);
      store.save(List.of(new StoredProfile(RiskFixture.ALICE, 6, new byte[] {2})));
      assertThat(store.load(List.of(RiskFixture.ALICE)).get(RiskFixture.ALICE).profile())
          .containsExactly(2);
      assertThat(store.load(List.of(BOB))).isEmpty();
    }

    @Test
    void theOldestCheckpointOfTheWritersKept() {
      assertThat(store.oldestCheckpoint()).isEmpty();
      store.checkpoint(0, T0.plusSeconds(10));
      store.checkpoint(1, T0.plusSeconds(20));
      store.checkpoint(2, T0);
      assertThat(store.oldestCheckpoint()).contains(T0);
      store.retainCheckpoints(2);
      assertThat(store.oldestCheckpoint()).contains(T0.plusSeconds(10));
      store.checkpoint(0, T0.plusSeconds(30));
      assertThat(store.oldestCheckpoint()).contains(T0.plusSeconds(20));
    }
  }

  @Nested
  class Counts {
    FeatureCountStore store;

    @BeforeEach
    void create() {
      store = counts();
    }

    @Test
    void storesNothingUntilASketchIsPut() {
      assertThat(store.stored()).isNull();
      assertThatThrownBy(() -> store.add(Map.of(1, 1L), 1)).isInstanceOf(RuntimeException.class);
      assertThat(store.stored()).isNull();
    }

    @Test
    void replacesWhateverWasStoredThenAddsDeltasToCellsAndTheTotal() {
      long[] cells = new long[16];
      cells[0] = 5;
      cells[7] = 1;
      store.replace("shape-1", cells, 5);
      store.add(Map.of(0, 2L, 9, 1L), 2);

      assertThat(store.stored()).isEqualTo(new FeatureCountStore.Stored("shape-1", 7));
      assertThat(loaded()).containsExactlyInAnyOrderEntriesOf(Map.of(0, 7L, 7, 1L, 9, 1L));

      store.replace("shape-2", new long[16], 0);
      assertThat(store.stored()).isEqualTo(new FeatureCountStore.Stored("shape-2", 0));
      assertThat(loaded()).isEmpty();
    }

    Map<Integer, Long> loaded() {
      Map<Integer, Long> cells = new java.util.HashMap<>();
      store.forEachCell(cells::put);
      return cells;
    }
  }
}
