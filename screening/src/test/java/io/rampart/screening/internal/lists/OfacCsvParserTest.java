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
import io.rampart.screening.ListedAddress;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import io.rampart.screening.ScreeningFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfacCsvParserTest {
  private static List<ListDocument> fixture() {
    return List.of(
        resource("ofac/sdn.csv"),
        resource("ofac/alt.csv"),
        resource("ofac/add.csv"),
        resource("ofac/sdn_comments.csv"));
  }

  private static Map<String, ListEntry> parse(List<ListDocument> documents)
      throws ListParseException {
    return OfacCsvParser.parse("ofac", documents).entries().stream()
        .collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
  }

  @Test
  void readsEveryEntryWithItsAliasesFactsAndAddresses() throws Exception {
    Map<String, ListEntry> entries = parse(fixture());

    assertThat(entries).hasSize(8);
    ListEntry karim = entries.get("1001");
    assertThat(karim.type()).isEqualTo(PartyType.PERSON);
    assertThat(karim.names())
        .containsExactly(
            new ListedName("AL-RASHIDI, Karim Yusuf", ListedName.Strength.PRIMARY),
            new ListedName("RASHIDI, Karim", ListedName.Strength.STRONG),
            new ListedName("AL RASHIDI, Kareem Youssef", ListedName.Strength.STRONG),
            new ListedName("ABU YUSUF", ListedName.Strength.WEAK));
    assertThat(karim.birthDates()).containsExactly(BirthDate.of(1971, 3, 12), BirthDate.year(1972));
    assertThat(karim.nationalities()).containsExactly("IQ");
    assertThat(karim.countries()).containsExactly("IQ");
    assertThat(karim.programs()).containsExactly("SDGT");
    assertThat(entries.get("1002").type()).isEqualTo(PartyType.ORGANISATION);
    assertThat(entries.get("1002").programs()).containsExactly("IRAN", "NPWMD");
    assertThat(entries.get("1004").type()).isEqualTo(PartyType.VESSEL);
    assertThat(entries.get("1004").countries()).containsExactly("PA");
    assertThat(entries.get("1006").birthDates()).containsExactly(BirthDate.circa(1960));
    assertThat(entries.get("1007").birthDates()).containsExactly(BirthDate.between(1968, 1970));
    assertThat(entries.get("1007").nationalities()).containsExactly("VN");
  }

  @Test
  void readsDigitalCurrencyAddressesAcrossTheRemarksContinuation() throws Exception {
    ListEntry volkov = parse(fixture()).get("1003");

    assertThat(volkov.addresses())
        .containsExactly(
            new ListedAddress("XBT", "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v"),
            new ListedAddress("ETH", "0x8001De017aB13Da95a3B4135F978E3ef669715B4"),
            new ListedAddress("TRX", "TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu"),
            new ListedAddress("LTC", "LVqDDS2RzgayB6SAac5yEkuF4ZTq2TFXjY"));
  }

  @Test
  void readsTheMainFileAlone() throws Exception {
    assertThat(parse(List.of(resource("ofac/sdn.csv")))).hasSize(8);
  }

  @Test
  void refusesASetWithoutTheMainFile() {
    assertThatThrownBy(() -> parse(List.of(resource("ofac/alt.csv"))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("sdn.csv is missing");
  }

  @Test
  void refusesAFileThatIsNotPartOfTheSet() {
    assertThatThrownBy(() -> parse(List.of(resource("ofac/sdn.csv"), text("extra.csv", "1,2"))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("extra.csv: not a file of the OFAC legacy CSV set");
  }

  @Test
  void refusesARowWithTheWrongNumberOfFieldsNamingItsLine() {
    String sdn = new String(read("ofac/sdn.csv"), StandardCharsets.ISO_8859_1);
    String broken =
        sdn.replaceFirst("\"NORTHWIND MARITIME TRADING CO., LTD.\",-0- ,", "\"NORTHWIND\",");

    assertThatThrownBy(
            () -> parse(List.of(text("sdn.csv", broken.getBytes(StandardCharsets.ISO_8859_1)))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("sdn.csv line 2: expected 12 fields, found 11");
  }

  @Test
  void refusesATruncatedFileCutInsideAQuotedField() {
    byte[] sdn = read("ofac/sdn.csv");
    byte[] cut = java.util.Arrays.copyOf(sdn, sdn.length / 2);

    assertThatThrownBy(() -> parse(List.of(text("sdn.csv", cut))))
        .isInstanceOf(ListParseException.class);
  }

  @Test
  void refusesAnAliasOfAnEntityTheMainFileDoesNotHold() {
    ListDocument alt = text("alt.csv", "9999,1,\"aka\",\"GHOST\",-0- \r\n");

    assertThatThrownBy(() -> parse(List.of(resource("ofac/sdn.csv"), alt)))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("alt.csv line 1: refers to entity 9999, which sdn.csv does not hold");
  }

  @Test
  void refusesDataAfterTheEndOfFileMark() {
    String sdn =
        new String(read("ofac/sdn.csv"), StandardCharsets.ISO_8859_1)
            + "\r\n2000,\"LATE\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

    assertThatThrownBy(
            () -> parse(List.of(text("sdn.csv", sdn.getBytes(StandardCharsets.ISO_8859_1)))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("data after the end-of-file mark");
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> parse(List.of(text("sdn.csv", "\u001a"))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("holds no entries");
  }

  @Test
  void refusesAnEntityNumberThatIsNotANumberAndADuplicate() {
    String rows =
        "X1,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "5,\"B\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "5,\"C\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    assertThatThrownBy(() -> parse(List.of(text("sdn.csv", rows))))
        .isInstanceOf(ListParseException.class)
        .satisfies(
            e ->
                assertThat(((ListParseException) e).problems())
                    .containsExactly(
                        "sdn.csv line 1: entity number is not a number",
                        "sdn.csv line 3: entity number 5 appears twice"));
  }

  @Test
  void readsTheRealList() throws Exception {
    Path dir = ScreeningFixture.realLists().orElse(null);
    assumeTrue(dir != null, "shared/data/sanctions is not present");
    List<ListDocument> documents =
        List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv").stream()
            .map(f -> ListDocument.file(dir.resolve("ofac").resolve(f)))
            .toList();

    Map<String, ListEntry> entries = parse(documents);

    assertThat(entries).hasSize(8976);
    assertThat(entries.values().stream().mapToInt(e -> e.names().size() - 1).sum())
        .isGreaterThanOrEqualTo(11910);
    assertThat(
            entries.values().stream()
                .flatMap(e -> e.addresses().stream())
                .map(ListedAddress::asset))
        .contains("XBT", "ETH", "LTC", "XMR", "ZEC", "DASH");
    assertThat(entries.get("306").names()).extracting(ListedName::name).contains("BNC");
    long persons = entries.values().stream().filter(e -> e.type() == PartyType.PERSON).count();
    long withBirthDate = entries.values().stream().filter(e -> !e.birthDates().isEmpty()).count();
    assertThat(persons).isEqualTo(4620);
    assertThat(withBirthDate).isGreaterThan(4000);
  }
}
