package io.rampart.screening.internal.lists;

import static io.rampart.screening.ScreeningFixture.read;
import static io.rampart.screening.ScreeningFixture.resource;
import static io.rampart.screening.ScreeningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import io.rampart.screening.ScreeningFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnXmlParserTest {
  private static ParsedList parse(ListDocument document) throws ListParseException {
    return UnXmlParser.parse("un", List.of(document));
  }

  @Test
  void readsIndividualsAndEntitiesWithTheListsGenerationTimeAsVersion() throws Exception {
    ParsedList list = parse(resource("un/consolidated.xml"));

    assertThat(list.published()).isEqualTo("2026-01-15T00:00:00.000Z");
    assertThat(list.entries())
        .extracting(ListEntry::entryId)
        .containsExactly("QDi.901", "QDi.902", "KPi.903", "QDe.901", "KPe.902");
    ListEntry hamid = list.entries().getFirst();
    assertThat(hamid.type()).isEqualTo(PartyType.PERSON);
    assertThat(hamid.names())
        .containsExactly(
            new ListedName("HAMID SALEH AL-QURASHI", ListedName.Strength.PRIMARY),
            new ListedName("Hamed Salih al-Qurashi", ListedName.Strength.STRONG),
            new ListedName("Abu Saleh", ListedName.Strength.WEAK),
            new ListedName("حامد صالح القرشي", ListedName.Strength.STRONG));
    assertThat(hamid.birthDates()).containsExactly(BirthDate.of(1975, 6, 20));
    assertThat(hamid.nationalities()).containsExactly("IQ");
    assertThat(hamid.countries()).containsExactly("SY");
    assertThat(hamid.programs()).containsExactly("Al-Qaida");
    assertThat(list.entries().get(1).birthDates()).containsExactly(BirthDate.between(1983, 1984));
    assertThat(list.entries().get(1).nationalities()).containsExactly("RU");
    assertThat(list.entries().get(2).birthDates()).containsExactly(BirthDate.circa(1958));
    assertThat(list.entries().get(2).nationalities()).containsExactly("KP");
    assertThat(list.entries().get(3).type()).isEqualTo(PartyType.ORGANISATION);
    assertThat(list.entries().get(3).countries()).containsExactly("YE");
  }

  @Test
  void refusesATruncatedDocumentNamingWhere() {
    byte[] xml = read("un/consolidated.xml");
    byte[] cut = java.util.Arrays.copyOf(xml, xml.length * 2 / 3);

    assertThatThrownBy(() -> parse(text("consolidated.xml", cut)))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("consolidated.xml line")
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void refusesAnotherKindOfDocument() {
    assertThatThrownBy(() -> parse(text("consolidated.xml", "<?xml version=\"1.0\"?><html/>")))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("the root element is html, not CONSOLIDATED_LIST");
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME>"
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";

    assertThatThrownBy(() -> parse(text("consolidated.xml", xxe)))
        .isInstanceOf(ListParseException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
  }

  @Test
  void refusesAnEntryWithoutAName() {
    String xml =
        new String(read("un/consolidated.xml"), StandardCharsets.UTF_8)
            .replace("<FIRST_NAME>RUSLAN</FIRST_NAME>", "")
            .replace("<SECOND_NAME>MAGOMEDOVICH</SECOND_NAME>", "")
            .replace("<THIRD_NAME>TSARAEV</THIRD_NAME>", "")
            .replace("<NAME_ORIGINAL_SCRIPT>Руслан Магомедович Цараев</NAME_ORIGINAL_SCRIPT>", "");

    assertThatThrownBy(() -> parse(text("consolidated.xml", xml)))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("INDIVIDUAL QDi.902 has no name");
  }

  @Test
  void refusesAListWithNoEntries() {
    assertThatThrownBy(
            () ->
                parse(
                    text(
                        "consolidated.xml",
                        "<CONSOLIDATED_LIST dateGenerated=\"x\"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>")))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("holds no entries");
  }

  @Test
  void readsTheRealList() throws Exception {
    Path dir = ScreeningFixture.realLists().orElse(null);
    assumeTrue(dir != null, "shared/data/sanctions is not present");

    ParsedList list = parse(ListDocument.file(dir.resolve("un/consolidated.xml")));

    assertThat(list.entries()).hasSize(1003);
    assertThat(list.published()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(list.entries().stream().filter(e -> e.type() == PartyType.PERSON)).hasSize(730);
    assertThat(
            list.entries().stream()
                .flatMap(e -> e.names().stream())
                .filter(n -> n.name().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06ff)))
        .hasSizeGreaterThan(300);
  }
}
