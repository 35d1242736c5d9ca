package io.rampart.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.screening.ListFormat;
import io.rampart.screening.ListSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningSourcesTest {
  @TempDir Path folder;

  private void file(String path) throws IOException {
    Path f = folder.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "x");
  }

  @Test
  void findsEveryListInAFolderLaidOutLikeTheSharedData() throws IOException {
    file("ofac/sdn.csv");
    file("ofac/alt.csv");
    file("ofac/readme.txt");
    file("un/consolidated.xml");
    file("addresses/sanctioned_addresses_XBT.txt");
    file("addresses/ETH.txt");
    file("addresses/notes.md");
    file("exchange/Internal List.csv");

    List<ListSource> sources = ScreeningSources.fromFolder(folder);

    assertThat(sources)
        .extracting(ListSource::name, ListSource::format, ListSource::asset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ofac-sdn", ListFormat.OFAC_SDN_CSV, null),
            org.assertj.core.groups.Tuple.tuple("un", ListFormat.UN_CONSOLIDATED_XML, null),
            org.assertj.core.groups.Tuple.tuple("addresses-eth", ListFormat.ADDRESS_LIST, "ETH"),
            org.assertj.core.groups.Tuple.tuple("addresses-xbt", ListFormat.ADDRESS_LIST, "XBT"),
            org.assertj.core.groups.Tuple.tuple(
                "exchange-internal-list", ListFormat.EXCHANGE_CSV, null));
    assertThat(sources.getFirst().documents())
        .extracting(d -> d.name())
        .containsExactly("sdn.csv", "alt.csv");
  }

  @Test
  void namesSeveralUnFilesApartAndFindsNothingInAnEmptyFolder() throws IOException {
    assertThat(ScreeningSources.fromFolder(folder)).isEmpty();
    file("un/a.xml");
    file("un/b.xml");

    assertThat(ScreeningSources.fromFolder(folder))
        .extracting(ListSource::name)
        .containsExactly("un-a", "un-b");
  }
}
