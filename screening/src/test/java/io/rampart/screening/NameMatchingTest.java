package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names match, on the fixture lists: one variant of a listed name per case. */
class NameMatchingTest {
  private static Screening screening;

  @BeforeAll
  static void load() {
    screening = new ScreeningFixture().loaded().screening;
  }

  private static NameScreening screen(String name) {
    return screen(NameQuery.of(name));
  }

  private static NameScreening screen(NameQuery query) {
    var outcome = screening.screenName(query);
    assertThat(outcome).isInstanceOf(ScreeningOutcome.Screened.class);
    return ((ScreeningOutcome.Screened<NameScreening>) outcome).result();
  }

  private static List<String> hitIds(String name) {
    return screen(name).hits().stream().map(h -> h.list() + "/" + h.entryId()).toList();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Karim Yusuf Al-Rashidi | ofac-sdn/1001",
        "karim yusuf al rashidi | ofac-sdn/1001",
        "AL RASHIDI KARIM | ofac-sdn/1001",
        "Karim Al-Rashidi | ofac-sdn/1001",
        "Kareem Youssef Al Rashidi | ofac-sdn/1001",
        "Karim Yusef Alrashidi | ofac-sdn/1001",
        "K. Yusuf Al-Rashidi | ofac-sdn/1001",
        "Karim Yusuf Al-Rashdi | ofac-sdn/1001",
        "Mr. Karim Yusuf Al-Rashidi | ofac-sdn/1001",
        "Dmitri Alekseyevich Volkov | ofac-sdn/1003",
        "Dmitrij Wolkow | ofac-sdn/1003",
        "Дмитрий Алексеевич Волков | ofac-sdn/1003",
        "Northwind Maritime Trading Company Limited | ofac-sdn/1002",
        "Northwind Maritime Trading LLC | ofac-sdn/1002",
        "Banco del Norte de Oriente | ofac-sdn/1005",
        "Hamid Saleh al-Qurashi | un/QDi.901",
        "Hamed Salih Qurashi | un/QDi.901",
        "حامد صالح القرشي | un/QDi.901",
        "Ruslan Magomedovich Tsaraev | un/QDi.902",
        "Руслан Цараев | un/QDi.902",
        "Ruslan Zaraev | un/QDi.902",
        "Green Crescent Relief Foundation | un/QDe.901",
        "Koryo United Shipping Co | un/KPe.902",
        "Ri Cheol-man | un/KPi.903",
        "Lucia Moreno Diaz | exchange/EX-1",
        "Lucía Moreno | exchange/EX-1",
        "Tariq Abdul Rahman | ofac-sdn/1008",
        "Nguyen Van Thanh | ofac-sdn/1007",
        "Thanh Nguyen | ofac-sdn/1007",
      })
  void findsTheListedEntry(String query, String expected) {
    assertThat(hitIds(query)).contains(expected);
  }

  @ParameterizedTest(name = "{0} finds nothing")
  @CsvSource({
    "Trading Co Ltd",
    "LLC",
    "Northwind",
    "Karim",
    "Al",
    "Maritime Company",
    "Maria Garcia",
    "John Smith",
    "Hamid Karzai",
    "Salim Haddadi",
  })
  void commonTokensLegalFormsAndOtherNamesDoNotHit(String query) {
    assertThat(hitIds(query)).isEmpty();
  }

  @Test
  void saysWhichTokensMatchedAndHow() {
    NameHit hit = screen("Kareem Youssef Al Rashidi").hits().getFirst();

    assertThat(hit.entryId()).isEqualTo("1001");
    assertThat(hit.listedName()).isEqualTo("AL-RASHIDI, Karim Yusuf");
    assertThat(hit.matchedName()).isEqualTo("AL RASHIDI, Kareem Youssef");
    HitReason name = hit.reasons().getFirst();
    assertThat(name.factor()).isEqualTo(HitReason.Factor.NAME);
    assertThat(name.detail()).contains("KAREEM = KAREEM").contains("RASHIDI = RASHIDI");
    assertThat(hit.programs()).containsExactly("SDGT");
  }

  @Test
  void weakAliasesScoreLowerAndSaySo() {
    NameScreening strong = screen(NameQuery.of("Hamed Salih al-Qurashi"));
    var weak = screening.screenName(NameQuery.of("Abu Saleh"), 0.5);

    NameHit weakHit =
        ((ScreeningOutcome.Screened<NameScreening>) weak)
            .result().hits().stream()
                .filter(h -> h.entryId().equals("QDi.901"))
                .findFirst()
                .orElseThrow();
    assertThat(weakHit.score()).isLessThan(strong.hits().getFirst().score());
    assertThat(weakHit.reasons())
        .extracting(HitReason::factor)
        .contains(HitReason.Factor.WEAK_ALIAS);
  }

  @Test
  void everyResultNamesTheListsAndVersionsScreenedAgainst() {
    NameScreening result = screen("Nobody Inparticular");

    assertThat(result.hits()).isEmpty();
    assertThat(result.lists())
        .extracting(ListVersion::list)
        .containsExactly("ofac-sdn", "un", "exchange", "addresses-eth", "addresses-xbt");
    assertThat(result.lists().get(1).version()).isEqualTo("2026-01-15T00:00:00.000Z");
    assertThat(result.lists().getFirst().version()).startsWith("sha256:");
  }

  @Nested
  class Facts {
    private NameHit hit(NameQuery query, String entryId) {
      return screening.screenName(query, 0.5) instanceof ScreeningOutcome.Screened<NameScreening> s
          ? s.result().hits().stream()
              .filter(h -> h.entryId().equals(entryId))
              .findFirst()
              .orElseThrow()
          : null;
    }

    private static NameQuery karim(BirthDate born, String nationality) {
      return new NameQuery("Karim Yusuf Al-Rashidi", PartyType.PERSON, born, nationality, null);
    }

    @Test
    void aMatchingBirthDateRaisesTheScoreAndSaysSo() {
      NameHit plain = hit(karim(null, null), "1001");
      NameHit born = hit(karim(BirthDate.of(1971, 3, 12), null), "1001");

      assertThat(born.score()).isGreaterThanOrEqualTo(plain.score());
      assertThat(born.reasons())
          .extracting(HitReason::factor)
          .contains(HitReason.Factor.BIRTH_DATE_MATCH);
    }

    @Test
    void aBirthDateUnlikeEveryListedOneLowersTheScore() {
      NameHit plain = hit(karim(null, null), "1001");
      NameHit other = hit(karim(BirthDate.of(1990, 1, 1), null), "1001");

      assertThat(other.score()).isLessThan(plain.score());
      assertThat(other.reasons())
          .filteredOn(r -> r.factor() == HitReason.Factor.BIRTH_DATE_MISMATCH)
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.detail())
                      .contains("1990-01-01")
                      .contains("1971-03-12")
                      .contains("1972"));
    }

    @Test
    void anApproximateListedYearToleratesAYearOrTwo() {
      NameHit hit =
          hit(
              new NameQuery("Samir Haddad", PartyType.PERSON, BirthDate.year(1961), null, null),
              "1006");

      assertThat(hit.reasons())
          .extracting(HitReason::factor)
          .contains(HitReason.Factor.BIRTH_DATE_MATCH);
    }

    @Test
    void nationalityMovesTheScoreBothWays() {
      NameHit same = hit(karim(null, "IQ"), "1001");
      NameHit other = hit(karim(null, "NO"), "1001");

      assertThat(same.score()).isGreaterThan(other.score());
      assertThat(same.reasons())
          .extracting(HitReason::factor)
          .contains(HitReason.Factor.NATIONALITY_MATCH);
      assertThat(other.reasons())
          .extracting(HitReason::factor)
          .contains(HitReason.Factor.NATIONALITY_MISMATCH);
    }

    @Test
    void aPersonScreenedAgainstAnOrganisationScoresLower() {
      NameHit asPerson =
          hit(
              new NameQuery("Green Crescent Relief Foundation", PartyType.PERSON, null, null, null),
              "QDe.901");

      assertThat(asPerson.reasons())
          .extracting(HitReason::factor)
          .contains(HitReason.Factor.TYPE_MISMATCH);
    }

    @Test
    void factsAloneNeverMakeAWeakNameAHit() {
      NameQuery onlyFacts =
          new NameQuery("Karim Haddadi", PartyType.PERSON, BirthDate.of(1971, 3, 12), "IQ", "IQ");

      assertThat(screen(onlyFacts).hits()).isEmpty();
    }
  }
}
