package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.risk.EventKey;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.RiskStoreContracts;
import io.rampart.risk.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresRiskStoresIT extends RiskStoreContracts {
  private static final SubjectId CAROL = new SubjectId("carol");

  @Override
  protected RiskRecordStore records() {
    return TestDatabase.store().riskRecords();
  }

  @Override
  protected RiskAlertStore alerts() {
    return TestDatabase.store().riskAlerts();
  }

  @Override
  protected ProfileStore profiles() {
    return TestDatabase.store().profiles();
  }

  @Override
  protected FeatureCountStore counts() {
    return TestDatabase.store().featureCounts();
  }

  /** As a shard records a batch: its records and the alerts they raise, in one transaction. */
  @Test
  void aRefusedRowUndoesTheWholeBatchAndItsAlertsAndTheConnectionGoesOn() {
    PostgresStore store = TestDatabase.store();
    RecordedAssessment first = aRecord("exchange", "c-1", CAROL, 1, T0);
    store.riskRecords().append(List.of(first));
    RecordedAssessment fresh = aRecord("exchange", "c-2", CAROL, 2, T0);
    RecordedAssessment resent = aRecord("exchange", "c-1", CAROL, 3, T0);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(
              () ->
                  store
                      .transactions()
                      .run(
                          () -> {
                            store
                                .riskAlerts()
                                .raise(List.of(RiskAlert.of(UUID.randomUUID(), fresh)));
                            store.riskRecords().append(List.of(fresh, resent));
                          }))
          .isInstanceOf(RuntimeException.class);
    }

    assertThat(store.riskRecords().find(List.of(fresh.key()))).isEmpty();
    assertThat(store.riskRecords().lastSeqs(List.of(CAROL))).containsEntry(CAROL, 1L);
    assertThat(store.riskAlerts().forAccount(CAROL, null, 10)).isEmpty();
    store.riskRecords().append(List.of(fresh));
    assertThat(store.riskRecords().find(List.of(fresh.key(), new EventKey("exchange", "c-3"))))
        .containsOnlyKeys(fresh.key());
  }

  @Test
  void refusesWhatTheSchemaLimitsAsAnInsertWould() {
    RiskRecordStore store = records();
    assertThatThrownBy(() -> store.append(List.of(aRecord("s".repeat(65), "e-1", CAROL, 1, T0))))
        .isInstanceOf(RuntimeException.class);
    RecordedAssessment notAnObject = aRecord("exchange", "e-2", CAROL, 1, T0);
    assertThatThrownBy(
            () ->
                store.append(
                    List.of(
                        new RecordedAssessment(
                            notAnObject.id(),
                            notAnObject.key(),
                            CAROL,
                            1,
                            notAnObject.eventType(),
                            notAnObject.occurredAt(),
                            notAnObject.recordedAt(),
                            "[1, 2",
                            notAnObject.ipFacts(),
                            notAnObject.enforced(),
                            null))))
        .isInstanceOf(RuntimeException.class);
    assertThat(store.lastSeqs(List.of(CAROL))).isEmpty();
  }

  /** Each batch is built in the buffer the one before used: nothing of a larger one may remain. */
  @Test
  void aSmallBatchAfterALargerOneStoresOnlyItsOwnRows() {
    List<RecordedAssessment> large = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      large.add(aRecord("exchange", "l-" + i, CAROL, i, T0));
    }
    records().append(large);
    SubjectId dave = new SubjectId("dave");
    RecordedAssessment small = aRecord("x", "s-1", dave, 1, T0);

    records().append(List.of(small));

    assertThat(records().forAccount(dave, null, 10)).containsExactly(small);
    assertThat(records().forAccount(CAROL, null, 100)).hasSize(40);
  }

  /** PostgreSQL keeps microseconds: nanoseconds are rounded as it rounds a textual timestamp. */
  @Test
  void roundsNanosecondsToTheNearestMicrosecond() {
    RecordedAssessment r = aRecord("exchange", "e-1", CAROL, 1, T0);
    records()
        .append(
            List.of(
                new RecordedAssessment(
                    r.id(),
                    r.key(),
                    CAROL,
                    1,
                    r.eventType(),
                    Instant.parse("2026-03-01T09:59:00.000000700Z"),
                    Instant.parse("2026-03-01T09:59:00.999999900Z"),
                    r.document(),
                    r.ipFacts(),
                    r.enforced(),
                    r.shadow())));

    RecordedAssessment read = records().findById(r.id()).orElseThrow();
    assertThat(read.occurredAt()).isEqualTo(Instant.parse("2026-03-01T09:59:00.000001Z"));
    assertThat(read.recordedAt()).isEqualTo(Instant.parse("2026-03-01T09:59:01Z"));
  }
}
