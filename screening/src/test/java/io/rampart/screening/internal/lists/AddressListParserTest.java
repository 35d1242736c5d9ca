package io.rampart.screening.internal.lists;

import static io.rampart.screening.ScreeningFixture.resource;
import static io.rampart.screening.ScreeningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressListParserTest {
  @Test
  void readsOneAddressPerLineSkippingCommentsAndBlankLines() throws Exception {
    List<ListEntry> entries =
        AddressListParser.parse(
                "eth", "ETH", List.of(resource("addresses/sanctioned_addresses_ETH.txt")))
            .entries();

    assertThat(entries)
        .extracting(ListEntry::entryId)
        .containsExactly(
            "0x8001de017ab13da95a3b4135f978e3ef669715b4",
            "0x2222222222222222222222222222222222222222");
    assertThat(entries.getFirst().addresses())
        .containsExactly(new ListedAddress("ETH", "0x8001de017ab13da95a3b4135f978e3ef669715b4"));
  }

  @Test
  void keepsOneEntryPerAddressWhateverItsCaseWhereCaseDoesNotCount() throws Exception {
    String lines =
        "0xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";

    assertThat(AddressListParser.parse("eth", "ETH", List.of(text("a.txt", lines))).entries())
        .hasSize(1);
  }

  @Test
  void refusesALineThatIsNotAnAddress() {
    assertThatThrownBy(
            () ->
                AddressListParser.parse(
                    "eth",
                    "ETH",
                    List.of(
                        text(
                            "a.txt",
                            "0x2222222222222222222222222222222222222222\n<html><body>Not found</body>\n"))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("a.txt line 2: not an address");
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(
            () -> AddressListParser.parse("eth", "ETH", List.of(text("a.txt", "# nothing\n\n"))))
        .isInstanceOf(ListParseException.class)
        .hasMessageContaining("holds no addresses");
  }
}
