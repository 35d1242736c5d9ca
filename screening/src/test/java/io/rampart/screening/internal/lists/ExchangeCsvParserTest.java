package io.rampart.screening.internal.lists;

import static io.rampart.screening.ScreeningFixture.resource;
import static io.rampart.screening.ScreeningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeCsvParserTest {
  private static List<ListEntry> parse(ListDocument document) throws ListParseException {
    return ExchangeCsvParser.parse("exchange", List.of(document)).entries();
  }

  @Test
  void readsEntriesWithEveryOptionalColumn() throws Exception {
    List<ListEntry> entries = parse(resource("exchange/internal.csv"));

    assertThat(entries).hasSize(2);
    ListEntry lucia = entries.getFirst();
    assertThat(lucia.type()).isEqualTo(PartyType.PERSON);
    assertThat(lucia.names())
        .containsExactly(
            new ListedName("MORENO, Lucia", ListedName.Strength.PRIMARY),
            new ListedName("Lucía Moreno Díaz", ListedName.Strength.STRONG));
    assertThat(lucia.birthDates()).containsExactly(BirthDate.of(1988, 11, 2));
    assertThat(lucia.nationalities()).containsExactly("ES");
    assertThat(lucia.addresses())
        .containsExactly(new ListedAddress("ETH", "0x1111111111111111111111111111111111111111"));
    assertThat(entries.get(1).type()).isEqualTo(PartyType.ORGANISATION);
  }

  @Test
  void needsOnlyIdAndName() throws Exception {
    assertThat(parse(text("x.csv", "name,id\nSomeone,1\n")))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(PartyType.UNKNOWN));
  }

  @Test
  void refusesUnknownColumnsAndMissingRequiredOnes() {
    assertThatThrownBy(() -> parse(text("x.csv", "id,nme\n1,Someone\n")))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("unknown column 'nme'")
        .hasMessageContaining("the header must name the columns id and name");
  }

  @Test
  void refusesBadRowsNamingTheirLines() {
    String csv =
        "id,type,name,birth_dates,countries,addresses\n"
            + "1,person,A,1990-13-01,,\n"
            + "2,robot,B,,,\n"
            + "3,person,C,,Atlantis,\n"
            + "4,person,D,,,0xabc\n"
            + "4,person,E,,,\n"
            + "6,person,,,,\n";

    assertThatThrownBy(() -> parse(text("x.csv", csv)))
        .isInstanceOf(ListParseException.class)
        .satisfies(
            e ->
                assertThat(((ListParseException) e).problems())
                    .containsExactly(
                        "x.csv line 2: a birth date is YYYY, YYYY-MM or YYYY-MM-DD",
                        "x.csv line 3: unknown type 'robot'",
                        "x.csv line 4: unknown country 'Atlantis'",
                        "x.csv line 5: an address is written ASSET:address",
                        "x.csv line 6: id 4 appears twice",
                        "x.csv line 7: id and name are required"));
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 = "id,name\n1,D\u00edaz\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> parse(text("x.csv", latin1)))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void refusesAListWithAHeaderOnly() {
    assertThatThrownBy(() -> parse(text("x.csv", "id,name\n")))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("holds no entries");
  }
}
