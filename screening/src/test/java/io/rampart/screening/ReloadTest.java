package io.rampart.screening;

import static io.rampart.screening.ScreeningFixture.resource;
import static io.rampart.screening.ScreeningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Loading lists, swapping them in, refusing bad ones and keeping what is in force. */
class ReloadTest {
  private final ScreeningFixture fixture = new ScreeningFixture();
  private final Screening screening = fixture.screening;

  private static ListSource exchange(String csv) {
    return new ListSource("exchange", ListFormat.EXCHANGE_CSV, List.of(text("internal.csv", csv)));
  }

  private ReloadReport reload(ListSource... sources) {
    return screening.reload(List.of(sources), Actor.SYSTEM, null).orElseThrow();
  }

  private List<String> hits(String name) {
    return screening.screenName(NameQuery.of(name))
            instanceof ScreeningOutcome.Screened<NameScreening> s
        ? s.result().hits().stream().map(NameHit::entryId).toList()
        : null;
  }

  @Test
  void refusesToScreenBeforeAnyListIsInForce() {
    assertThat(screening.screenName(NameQuery.of("Karim")))
        .isInstanceOf(ScreeningOutcome.Unavailable.class);
    assertThat(
            screening.screenAddress(
                new AddressQuery("ETH", "0x2222222222222222222222222222222222222222")))
        .isInstanceOf(ScreeningOutcome.Unavailable.class);
  }

  @Test
  void loadsEveryListAndReportsItsVersion() {
    ReloadReport report =
        screening.reload(ScreeningFixture.sources(), Actor.SYSTEM, null).orElseThrow();

    assertThat(report.lists()).allMatch(l -> l instanceof ReloadReport.Loaded);
    assertThat(screening.lists())
        .extracting(ListVersion::list)
        .containsExactly("ofac-sdn", "un", "exchange", "addresses-eth", "addresses-xbt");
    ListVersion un = screening.lists().get(1);
    assertThat(un.version()).isEqualTo("2026-01-15T00:00:00.000Z");
    assertThat(un.entries()).isEqualTo(5);
    assertThat(un.digest()).hasSize(32);
    assertThat(un.loadedAt()).isEqualTo(ScreeningFixture.START);
  }

  @Test
  void reportsAListWhoseDocumentsDidNotChangeAsUnchanged() {
    reload(exchange("id,name\n1,Ottoline Vex\n"));
    fixture.clock.advance(java.time.Duration.ofHours(1));

    ReloadReport again = reload(exchange("id,name\n1,Ottoline Vex\n"));

    assertThat(again.lists()).singleElement().isInstanceOf(ReloadReport.Unchanged.class);
    assertThat(screening.lists().getFirst().loadedAt()).isEqualTo(ScreeningFixture.START);
  }

  @Test
  void swapsInANewVersion() {
    reload(exchange("id,name\n1,Ottoline Vex\n"));

    ReloadReport report = reload(exchange("id,name\n1,Ottoline Vex\n2,Bartholomew Quist\n"));

    var loaded = (ReloadReport.Loaded) report.lists().getFirst();
    assertThat(loaded.replaced().entries()).isEqualTo(1);
    assertThat(loaded.version().entries()).isEqualTo(2);
    assertThat(hits("Bartholomew Quist")).containsExactly("2");
  }

  @Test
  void refusesAListThatFailsToParseAndKeepsItsVersionInForce() {
    reload(exchange("id,name\n1,Ottoline Vex\n"));
    ListVersion before = screening.lists().getFirst();

    ReloadReport report = reload(exchange("id,name,colour\n1,Ottoline Vex,red\n"));

    var refused = (ReloadReport.Refused) report.lists().getFirst();
    assertThat(refused.problems()).singleElement().asString().contains("unknown column 'colour'");
    assertThat(refused.inForce()).isEqualTo(before);
    assertThat(screening.lists()).containsExactly(before);
    assertThat(hits("Ottoline Vex")).containsExactly("1");
  }

  @Test
  void refusesAListWhoseDocumentCannotBeReadAndSaysFromWhere() {
    reload(exchange("id,name\n1,Ottoline Vex\n"));

    ReloadReport report =
        reload(
            new ListSource(
                "exchange",
                ListFormat.EXCHANGE_CSV,
                List.of(ScreeningFixture.unreadable("internal.csv"))));

    var refused = (ReloadReport.Refused) report.lists().getFirst();
    assertThat(refused.problems())
        .singleElement()
        .asString()
        .contains("https://lists.example/internal.csv")
        .contains("connection refused");
    assertThat(hits("Ottoline Vex")).containsExactly("1");
  }

  @Test
  void refusesANewVersionThatLostMostOfItsEntriesAsTruncated() {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 0; i < 10; i++)
      csv.append(i).append(",Person Number").append((char) ('a' + i)).append('\n');
    reload(exchange(csv.toString()));

    ReloadReport report = reload(exchange("id,name\n1,Person Numberb\n"));

    var refused = (ReloadReport.Refused) report.lists().getFirst();
    assertThat(refused.problems())
        .singleElement()
        .asString()
        .contains("holds 1 entries, fewer than 50% of the 10 in force");
    assertThat(screening.lists().getFirst().entries()).isEqualTo(10);
  }

  @Test
  void dropsAListThatIsNoLongerConfigured() {
    reload(
        exchange("id,name\n1,Ottoline Vex\n"),
        new ListSource(
            "un", ListFormat.UN_CONSOLIDATED_XML, List.of(resource("un/consolidated.xml"))));

    ReloadReport report =
        reload(
            new ListSource(
                "un", ListFormat.UN_CONSOLIDATED_XML, List.of(resource("un/consolidated.xml"))));

    assertThat(report.lists())
        .anyMatch(l -> l instanceof ReloadReport.Dropped d && d.list().equals("exchange"));
    assertThat(hits("Ottoline Vex")).isEmpty();
  }

  @Test
  void refusesTwoListsWithOneName() {
    assertThatThrownBy(() -> reload(exchange("id,name\n1,A B\n"), exchange("id,name\n1,A B\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two lists are named exchange");
  }

  @Test
  void auditsAReloadThatChangedOrRefusedSomething() {
    reload(exchange("id,name\n1,Ottoline Vex\n"));
    reload(exchange("id,name\n1,Ottoline Vex\n"));
    reload(exchange("broken"));

    List<AuditRecord> reloads = new ArrayList<>();
    fixture.auditStore.forEachInOrder(
        r -> {
          if (r.type().equals("screening.lists-reloaded")) reloads.add(r);
        });
    assertThat(reloads).hasSize(2);
    assertThat(reloads.getFirst().data().get("list.exchange")).startsWith("loaded sha256:");
    assertThat(reloads.getLast().data().get("list.exchange")).startsWith("refused: ");
  }

  @Test
  void screensAgainstTheListsInForceWhileAReloadRuns() throws Exception {
    reload(exchange("id,name\n1,Ottoline Vex\n"));
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ListDocument slow =
        new ListDocument() {
          @Override
          public String name() {
            return "internal.csv";
          }

          @Override
          public InputStream open() throws IOException {
            reading.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return new java.io.ByteArrayInputStream(
                "id,name\n2,Bartholomew Quist\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }

          @Override
          public String location() {
            return "slow";
          }
        };
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<java.util.Optional<ReloadReport>> running =
          pool.submit(
              () ->
                  screening.reload(
                      List.of(new ListSource("exchange", ListFormat.EXCHANGE_CSV, List.of(slow))),
                      Actor.SYSTEM,
                      null));
      assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

      assertThat(hits("Ottoline Vex")).containsExactly("1");
      assertThat(screening.reload(List.of(exchange("id,name\n1,X Y\n")), Actor.SYSTEM, null))
          .isEmpty();

      release.countDown();
      assertThat(running.get(30, TimeUnit.SECONDS)).isPresent();
      assertThat(hits("Bartholomew Quist")).containsExactly("2");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
