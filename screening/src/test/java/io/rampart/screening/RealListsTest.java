package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rampart.audit.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real OFAC, UN and address lists of {@code shared/data/sanctions}, when present: they load
 * whole, known names are found in their variants, and every listed address screens as listed.
 * Skipped when the folder is absent.
 */
class RealListsTest {
  private static Path dir;
  private static Screening screening;
  private static ReloadReport report;

  @BeforeAll
  static void load() {
    dir = ScreeningFixture.realLists().orElse(null);
    if (dir == null) return;
    screening = new ScreeningFixture().screening;
    report = screening.reload(ScreeningFixture.realSources(dir), Actor.SYSTEM, null).orElseThrow();
  }

  private static List<NameHit> hits(String name) {
    return ((ScreeningOutcome.Screened<NameScreening>) screening.screenName(NameQuery.of(name)))
        .result()
        .hits();
  }

  @Test
  void loadsEveryListWhole() {
    assumeTrue(dir != null, "shared/data/sanctions is not present");

    assertThat(report.anyRefused()).as(report.toString()).isFalse();
    assertThat(screening.lists())
        .filteredOn(l -> l.list().equals("ofac-sdn"))
        .singleElement()
        .satisfies(l -> assertThat(l.entries()).isEqualTo(8976));
    assertThat(screening.lists())
        .filteredOn(l -> l.list().equals("un"))
        .singleElement()
        .satisfies(l -> assertThat(l.version()).isEqualTo("2026-02-27T00:00:09.554Z"));
    assertThat(screening.indexFigures().names()).isGreaterThan(25_000);
  }

  @Test
  void findsListedNamesInTheirVariants() {
    assumeTrue(dir != null, "shared/data/sanctions is not present");

    assertThat(hits("Aerocaribean Airlines")).extracting(NameHit::entryId).contains("36");
    assertThat(hits("Banco Nacional de Cuba")).extracting(NameHit::entryId).contains("306");
    assertThat(hits("Саддам Хусейн"))
        .extracting(NameHit::listedName)
        .anyMatch(n -> n.contains("Saddam"));
    assertThat(hits("صدام حسين التكريتي"))
        .extracting(NameHit::listedName)
        .anyMatch(n -> n.contains("SADDAM"));
    assertThat(hits("Osama Binladen"))
        .extracting(NameHit::listedName)
        .anyMatch(n -> n.startsWith("BIN LADIN"));
    assertThat(hits("Muammar Gaddafi"))
        .extracting(NameHit::listedName)
        .anyMatch(n -> n.startsWith("QADHAFI"));
  }

  @Test
  void findsNoHitForCommonNamesOrLegalFormsAlone() {
    assumeTrue(dir != null, "shared/data/sanctions is not present");

    for (String name :
        List.of(
            "John Smith", "David Miller", "Trading Company Limited", "LLC", "Maria Rodriguez")) {
      assertThat(hits(name)).as(name).isEmpty();
    }
  }

  @Test
  void screensEveryListedAddressAsListed() throws Exception {
    assumeTrue(dir != null, "shared/data/sanctions is not present");
    List<String> missed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("addresses"))) {
      for (Path f : files.toList()) {
        String asset =
            f.getFileName().toString().replace("sanctioned_addresses_", "").replace(".txt", "");
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) continue;
          var outcome = screening.screenAddress(new AddressQuery(asset, line.strip()));
          if (!(outcome instanceof ScreeningOutcome.Screened<AddressScreening> s)
              || !s.result().listed()) {
            missed.add(asset + " " + line);
          }
        }
      }
    }
    assertThat(missed).isEmpty();
  }
}
