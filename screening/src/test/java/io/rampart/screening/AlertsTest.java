package io.rampart.screening;

import static io.rampart.screening.ScreeningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.kernel.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hits on customers as alerts, their decisions, and screening again when lists change. */
class AlertsTest {
  private static final Actor ANALYST = Actor.operator("analyst-1");
  private final ScreeningFixture fixture = new ScreeningFixture().loaded();
  private final Screening screening = fixture.screening;

  private static NameQuery karim() {
    return NameQuery.of("Karim Yusuf Al-Rashidi");
  }

  private CustomerScreening<NameScreening> screen(String customer, NameQuery query) {
    var outcome = screening.screenCustomer(customer, query, Actor.SYSTEM, null);
    assertThat(outcome).isInstanceOf(ScreeningOutcome.Screened.class);
    return ((ScreeningOutcome.Screened<CustomerScreening<NameScreening>>) outcome).result();
  }

  private List<AuditRecord> audited(String type) {
    List<AuditRecord> records = new ArrayList<>();
    fixture.auditStore.forEachInOrder(
        r -> {
          if (r.type().equals(type)) records.add(r);
        });
    return records;
  }

  @Nested
  class Raising {
    @Test
    void raisesOneAuditedAlertPerHitAndRecordsTheCustomer() {
      CustomerScreening<NameScreening> result = screen("c-1", karim());

      assertThat(result.alerts()).hasSameSizeAs(result.screening().hits()).isNotEmpty();
      Alert alert = result.alerts().getFirst().alert();
      assertThat(result.alerts().getFirst().raised()).isTrue();
      assertThat(alert.status()).isEqualTo(Alert.Status.OPEN);
      assertThat(alert.customerId()).isEqualTo("c-1");
      assertThat(alert.entryId()).isEqualTo("1001");
      assertThat(alert.listVersion()).startsWith("sha256:");
      assertThat(alert.reasons().getFirst()).startsWith("NAME 1.000: ");
      assertThat(fixture.customers.find("c-1"))
          .hasValueSatisfying(c -> assertThat(c.query()).isEqualTo(karim()));
      assertThat(audited("screening.alert-raised"))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.data())
                      .containsEntry("alertId", alert.id().toString())
                      .containsEntry("entryId", "1001"));
    }

    @Test
    void raisesNoAlertWithoutAHitButRecordsTheCustomer() {
      CustomerScreening<NameScreening> result =
          screen("c-2", NameQuery.of("Ottoline Quarrington-Vex"));

      assertThat(result.alerts()).isEmpty();
      assertThat(fixture.customers.find("c-2")).isPresent();
    }

    @Test
    void raisesAnAlertForAListedAddressOfACustomer() {
      var outcome =
          screening.screenCustomerAddress(
              "c-3",
              new AddressQuery("ETH", "0x8001DE017AB13DA95A3B4135F978E3EF669715B4"),
              Actor.SYSTEM,
              null);

      var result =
          ((ScreeningOutcome.Screened<CustomerScreening<AddressScreening>>) outcome).result();
      assertThat(result.alerts()).hasSize(2).allMatch(CustomerScreening.HitAlert::raised);
      assertThat(result.alerts().getFirst().alert().kind()).isEqualTo(Alert.Kind.ADDRESS);
    }

    @Test
    void refusesABadCustomerId() {
      for (String id : List.of("", "x".repeat(129), "tab\there")) {
        assertThat(screening.screenCustomer(id, karim(), Actor.SYSTEM, null))
            .isInstanceOfSatisfying(
                ScreeningOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_INVALID_CUSTOMER_ID));
      }
      assertThat(fixture.customers.page(null, 10)).isEmpty();
    }
  }

  @Nested
  class Suppression {
    @Test
    void aDismissedHitDoesNotAlertAgainForTheSameData() {
      Alert first = screen("c-1", karim()).alerts().getFirst().alert();
      screening.decide(first.id(), Alert.Status.DISMISSED, "different person", ANALYST, null);

      CustomerScreening.HitAlert again = screen("c-1", karim()).alerts().getFirst();

      assertThat(again.raised()).isFalse();
      assertThat(again.alert().id()).isEqualTo(first.id());
      assertThat(again.alert().status()).isEqualTo(Alert.Status.DISMISSED);
      assertThat(audited("screening.alert-raised")).hasSize(1);
    }

    @Test
    void aCosmeticChangeToTheNameIsNotAChangeOfData() {
      screen("c-1", karim());

      assertThat(
              screen("c-1", NameQuery.of("KARIM  yusuf al rashidi")).alerts().getFirst().raised())
          .isFalse();
    }

    @Test
    void aChangeOfTheCustomersDataAlertsAgain() {
      Alert first = screen("c-1", karim()).alerts().getFirst().alert();
      screening.decide(first.id(), Alert.Status.DISMISSED, "different person", ANALYST, null);

      var changed =
          screen(
              "c-1",
              new NameQuery(
                  "Karim Yusuf Al-Rashidi",
                  PartyType.PERSON,
                  BirthDate.of(1971, 3, 12),
                  null,
                  null));

      assertThat(changed.alerts().getFirst().raised()).isTrue();
      assertThat(changed.alerts().getFirst().alert().id()).isNotEqualTo(first.id());
    }

    @Test
    void aChangeOfTheEntryAlertsAgain() {
      ListSource v1 =
          new ListSource(
              "exchange",
              ListFormat.EXCHANGE_CSV,
              List.of(text("internal.csv", "id,name\nEX-9,Ottoline Quarrington-Vex\n")));
      ListSource v2 =
          new ListSource(
              "exchange",
              ListFormat.EXCHANGE_CSV,
              List.of(
                  text(
                      "internal.csv",
                      "id,name,nationalities\nEX-9,Ottoline Quarrington-Vex,GB\n")));
      screening.reload(List.of(v1), Actor.SYSTEM, null);
      Alert first =
          screen("c-1", NameQuery.of("Ottoline Quarrington-Vex")).alerts().getFirst().alert();
      screening.decide(first.id(), Alert.Status.DISMISSED, "different person", ANALYST, null);

      ReloadReport report = screening.reload(List.of(v2), Actor.SYSTEM, null).orElseThrow();

      assertThat(report.rescreening().alertsRaised()).isEqualTo(1);
      assertThat(fixture.alerts.list(Alert.Status.OPEN, "c-1", 10))
          .singleElement()
          .satisfies(a -> assertThat(a.entryDigest()).isNotEqualTo(first.entryDigest()));
    }
  }

  @Nested
  class Decisions {
    @Test
    void confirmsWithWhoWhenAndWhyAndAuditsIt() {
      Alert alert = screen("c-1", karim()).alerts().getFirst().alert();

      var outcome =
          screening.decide(
              alert.id(), Alert.Status.CONFIRMED, "  passport matches ", ANALYST, null);

      Alert decided = ((DecisionOutcome.Decided) outcome).alert();
      assertThat(decided.status()).isEqualTo(Alert.Status.CONFIRMED);
      assertThat(decided.decidedBy()).isEqualTo("analyst-1");
      assertThat(decided.decidedAt()).isEqualTo(ScreeningFixture.START);
      assertThat(decided.decisionReason()).isEqualTo("passport matches");
      assertThat(audited("screening.alert-confirmed"))
          .singleElement()
          .satisfies(r -> assertThat(r.actor()).isEqualTo(ANALYST));
    }

    @Test
    void refusesADecisionWithoutAReason() {
      Alert alert = screen("c-1", karim()).alerts().getFirst().alert();

      assertThat(screening.decide(alert.id(), Alert.Status.DISMISSED, " ", ANALYST, null))
          .isInstanceOfSatisfying(
              DecisionOutcome.Rejected.class,
              r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_DECISION_REASON_REQUIRED));
      assertThat(fixture.alerts.find(alert.id()).orElseThrow().status())
          .isEqualTo(Alert.Status.OPEN);
    }

    @Test
    void refusesASecondDecisionAndAnUnknownAlert() {
      Alert alert = screen("c-1", karim()).alerts().getFirst().alert();
      screening.decide(alert.id(), Alert.Status.CONFIRMED, "match", ANALYST, null);

      assertThat(screening.decide(alert.id(), Alert.Status.DISMISSED, "no", ANALYST, null))
          .isInstanceOfSatisfying(
              DecisionOutcome.Rejected.class,
              r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_ALERT_ALREADY_DECIDED));
      assertThat(screening.decide(UUID.randomUUID(), Alert.Status.DISMISSED, "no", ANALYST, null))
          .isInstanceOfSatisfying(
              DecisionOutcome.Rejected.class,
              r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_ALERT_NOT_FOUND));
    }
  }

  @Nested
  class Rescreening {
    private static ListSource exchange(String csv) {
      return new ListSource(
          "exchange", ListFormat.EXCHANGE_CSV, List.of(text("internal.csv", csv)));
    }

    @Test
    void screensRecordedCustomersAgainstANewEntry() {
      screening.reload(List.of(exchange("id,name\nEX-1,Bartholomew Quist\n")), Actor.SYSTEM, null);
      screen("c-1", NameQuery.of("Ottoline Quarrington-Vex"));
      screen("c-2", NameQuery.of("Someone Else Entirely"));

      ReloadReport report =
          screening
              .reload(
                  List.of(
                      exchange("id,name\nEX-1,Bartholomew Quist\nEX-2,Ottoline Quarrington Vex\n")),
                  Actor.SYSTEM,
                  null)
              .orElseThrow();

      assertThat(report.rescreening()).isEqualTo(new ReloadReport.Rescreening(1, 2, 1, null));
      assertThat(fixture.alerts.list(null, "c-1", 10))
          .singleElement()
          .satisfies(a -> assertThat(a.entryId()).isEqualTo("EX-2"));
      assertThat(audited("screening.alert-raised").getLast().actor()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void comparesOnlyWhatChanged() {
      screening.reload(List.of(exchange("id,name\nEX-1,Bartholomew Quist\n")), Actor.SYSTEM, null);
      fixture.customers.record(new Customer("c-1", NameQuery.of("Bartholomew Quist"), "d1"));

      ReloadReport unchanged =
          screening
              .reload(
                  List.of(exchange("id,name\nEX-1,Bartholomew Quist\nEX-2,Ottoline Vex\n")),
                  Actor.SYSTEM,
                  null)
              .orElseThrow();

      assertThat(unchanged.rescreening().changedEntries()).isEqualTo(1);
      assertThat(fixture.alerts.list(null, "c-1", 10)).isEmpty();
    }

    @Test
    void remembersWhatCustomersWereScreenedAgainstAcrossRestarts() {
      screening.reload(List.of(exchange("id,name\nEX-1,Bartholomew Quist\n")), Actor.SYSTEM, null);
      fixture.customers.record(new Customer("c-1", NameQuery.of("Bartholomew Quist"), "d1"));
      Screening restarted =
          new Screening(
              new ScreeningPorts(
                  fixture.alerts,
                  fixture.customers,
                  fixture.listStates,
                  ChainAnalytics.NONE,
                  io.rampart.kernel.TransactionRunner.DIRECT,
                  fixture.audit),
              ScreeningSettings.defaults(),
              fixture.clock,
              java.util.UUID::randomUUID);

      ReloadReport report =
          restarted
              .reload(List.of(exchange("id,name\nEX-1,Bartholomew Quist\n")), Actor.SYSTEM, null)
              .orElseThrow();

      assertThat(report.rescreening().changedEntries()).isZero();
      assertThat(fixture.alerts.list(null, "c-1", 10)).isEmpty();
    }

    @Test
    void reportsARescreeningCutShortAndStartsItAgainNextTime() {
      screening.reload(List.of(exchange("id,name\nEX-1,Bartholomew Quist\n")), Actor.SYSTEM, null);
      screen("c-1", NameQuery.of("Ottoline Quarrington-Vex"));
      FailingOnce failing = new FailingOnce(fixture.customers);
      Screening flaky =
          new Screening(
              new ScreeningPorts(
                  fixture.alerts,
                  failing,
                  fixture.listStates,
                  ChainAnalytics.NONE,
                  io.rampart.kernel.TransactionRunner.DIRECT,
                  fixture.audit),
              ScreeningSettings.defaults(),
              fixture.clock,
              java.util.UUID::randomUUID);
      ListSource changed =
          exchange("id,name\nEX-1,Bartholomew Quist\nEX-2,Ottoline Quarrington Vex\n");

      ReloadReport cut = flaky.reload(List.of(changed), Actor.SYSTEM, null).orElseThrow();
      ReloadReport again = flaky.reload(List.of(changed), Actor.SYSTEM, null).orElseThrow();

      assertThat(cut.rescreening().problem()).contains("starts again at the next reload");
      assertThat(again.rescreening().problem()).isNull();
      assertThat(again.rescreening().alertsRaised()).isEqualTo(1);
    }
  }

  /** A registry whose first page fails, as a database outage would. */
  private static final class FailingOnce implements CustomerRegistry {
    private final CustomerRegistry delegate;
    private boolean failed;

    FailingOnce(CustomerRegistry delegate) {
      this.delegate = delegate;
    }

    @Override
    public void record(Customer customer) {
      delegate.record(customer);
    }

    @Override
    public java.util.Optional<Customer> find(String customerId) {
      return delegate.find(customerId);
    }

    @Override
    public List<Customer> page(String afterId, int limit) {
      if (!failed) {
        failed = true;
        throw new IllegalStateException("database down");
      }
      return delegate.page(afterId, limit);
    }
  }
}
