package io.rampart.ipintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsnTableTest {
  @TempDir Path dir;

  private FileLoad<AsnTable> load(String csv) throws IOException {
    return AsnTable.load(Files.writeString(dir.resolve("asn.csv"), csv));
  }

  private static AsnSource.AsnMatch find(FileLoad<AsnTable> load, String ip) {
    assertThat(load).isInstanceOf(FileLoad.Ok.class);
    return ((FileLoad.Ok<AsnTable>) load).value().find(IpAddress.parse(ip), null);
  }

  @Test
  void readsRangesWithQuotedNamesInBothFamilies() throws IOException {
    var load =
        load(
            """
            198.51.100.0,198.51.100.255,3320,Deutsche Telekom AG
            203.0.113.0,203.0.113.255,7473,"Singapore Telecommunications, Ltd"
            192.0.2.0,192.0.2.255,201907,"LLC ""SPUTNIK""\"
            2001:db8:1::,2001:db8:1:ffff:ffff:ffff:ffff:ffff,3215,Orange S.A.
            """);

    assertThat(find(load, "198.51.100.1"))
        .isEqualTo(new AsnSource.AsnMatch(3320, "Deutsche Telekom AG"));
    assertThat(find(load, "203.0.113.9").organisation())
        .isEqualTo("Singapore Telecommunications, Ltd");
    assertThat(find(load, "192.0.2.9").organisation()).isEqualTo("LLC \"SPUTNIK\"");
    assertThat(find(load, "2001:db8:1::9").number()).isEqualTo(3215);
    assertThat(find(load, "2001:db8:2::9")).isNull();
    assertThat(find(load, "198.51.101.0")).isNull();
    assertThat(((FileLoad.Ok<AsnTable>) load).summary())
        .isEqualTo("ip-location-db AS CSV, 4 ranges of 4 autonomous systems");
  }

  @Test
  void keepsAsNumbersAboveTheSignedIntRange() throws IOException {
    var load = load("192.0.2.0,192.0.2.255,4294967294,AS4294967294\n");

    assertThat(find(load, "192.0.2.1").number()).isEqualTo(4_294_967_294L);
  }

  @Test
  void givesSharedAddressesOfOverlappingRangesToTheOneStartingFirst() throws IOException {
    // As in the published data of 2026-06: a DoD range overlapping the next one.
    var load =
        load(
            """
            214.95.0.0,215.0.255.255,749,United States Department of Defense (DoD)
            215.0.0.0,215.1.3.255,721,DoD Network Information Center
            """);

    assertThat(find(load, "215.0.0.1").number()).isEqualTo(749);
    assertThat(find(load, "215.1.0.1").number()).isEqualTo(721);
    assertThat(((FileLoad.Ok<AsnTable>) load).summary())
        .endsWith(", 1 overlapping ranges shortened");
  }

  @Test
  void refusesTheFileForAnyMalformedLineNamingIt() throws IOException {
    var load =
        load(
            """
            198.51.100.0,198.51.100.255,3320,Deutsche Telekom AG
            198.51.101.0,198.51.100.255,3320,Backwards
            198.51.102.0,2001:db8::,3320,Mixed
            198.51.103.0,198.51.103.255,AS3320,Not a number
            198.51.104.0,198.51.104.255,4294967296,Too large
            198.51.105.0,198.51.105.255,3320
            nonsense,198.51.106.255,3320,Bad address
            """);

    assertThat(load).isInstanceOf(FileLoad.Bad.class);
    Path file = dir.resolve("asn.csv");
    assertThat(((FileLoad.Bad<AsnTable>) load).problems())
        .containsExactly(
            file + ":2: the range does not run from a first to a last address of one family",
            file + ":3: the range does not run from a first to a last address of one family",
            file + ":4: 'AS3320' is not an AS number",
            file + ":5: '4294967296' is not an AS number",
            file + ":6: expected 4 fields (first_ip,last_ip,as_number,as_organisation)",
            file + ":7: 'nonsense' is not an IP address");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    var load = load("");

    assertThat(((FileLoad.Bad<AsnTable>) load).problems().getFirst()).endsWith("holds no ranges");
  }
}
