package io.rampart.screening.internal.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rampart.screening.ScreeningFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressSyntaxTest {
  @ParameterizedTest(name = "{0} compares as {1}")
  @CsvSource({
    "0x8001De017aB13Da95a3B4135F978E3ef669715B4, 0x8001de017ab13da95a3b4135f978e3ef669715b4",
    "0X8001DE017AB13DA95A3B4135F978E3EF669715B4, 0x8001de017ab13da95a3b4135f978e3ef669715b4",
    "BC1QURG4Q4A3TXV8L9XVWSGAW9L3G4UM92SSS8EVYJ, bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8evyj",
    "bitcoincash:qq4ec8t7pumugjfph5lk2e82mal3g2njvc2xpccc7h, qq4ec8t7pumugjfph5lk2e82mal3g2njvc2xpccc7h",
    "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v, 18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v",
    "TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu, TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu",
    "5BE5543FF73456AB9F2D207887E2AF87322C651EA1A873C5B25B7FFAE456C320, 5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320",
  })
  void comparesInLowerCaseOnlyWhereTheNetworkIgnoresCase(String address, String canonical) {
    assertThat(AddressSyntax.canonical(address)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{1} is a valid {0} address")
  @CsvSource({
    "XBT, 18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v",
    "BTC, 3QQmKPr5tzFWpz7JzobHk2hk43B8wvkYdb",
    "BTC, bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8evyj",
    "BTC, BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "LTC, LVqDDS2RzgayB6SAac5yEkuF4ZTq2TFXjY",
    "LTC, ltc1qp7amxna9j0l2a5njfzmk9cattqzlqaj6fe32e6",
    "BCH, bitcoincash:qq4ec8t7pumugjfph5lk2e82mal3g2njvc2xpccc7h",
    "BCH, qq4ec8t7pumugjfph5lk2e82mal3g2njvc2xpccc7h",
    "TRX, TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu",
    "DASH, XyV6U9vW58y1f5DjC8RusX2PsYsu33obPy",
    "ETH, 0x8001De017aB13Da95a3B4135F978E3ef669715B4",
    "USDT, TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu",
    "USDT, 0x8001de017ab13da95a3b4135f978e3ef669715b4",
    "XRP, rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
  })
  void acceptsValidAddresses(String asset, String address) {
    assertThat(AddressSyntax.problem(asset, address)).isEmpty();
  }

  @ParameterizedTest(name = "{1} is not a {0} address: {2}")
  @CsvSource({
    "XBT, 18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3w, checksum does not hold",
    "XBT, 18zAvCat9UAHy1JSGf4mqse7tIzRcJGr3V, Base58",
    "XBT, 0OIl8ZaVcAT9uahY1jsgF4MQSE7TiZrCj, characters Base58 does not use",
    "BTC, bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8evyk, Bech32 checksum does not hold",
    "BTC, bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8EVYJ, all lower case or all upper case",
    "BCH, bitcoincash:qq4ec8t7pumugjfph5lk2e82mal3g2njvc2xpccc7j, CashAddr checksum",
    "ETH, 0x8001de017ab13da95a3b4135f978e3ef669715b, 40 hexadecimal digits",
    "ETH, TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu, 40 hexadecimal digits",
    "XMR, 18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v, not a Monero address",
    "XRP, 18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v, not an XRP address",
  })
  void refusesMalformedOrMistypedAddresses(String asset, String address, String why) {
    assertThat(AddressSyntax.problem(asset, address))
        .hasValueSatisfying(p -> assertThat(p).contains(why));
  }

  @Test
  void refusesWhatIsNoAddressOfAnyNetwork() {
    assertThat(AddressSyntax.problem(null, "short")).isPresent();
    assertThat(AddressSyntax.problem(null, "x".repeat(129))).isPresent();
    assertThat(AddressSyntax.problem(null, "has spaces in it somewhere")).isPresent();
    assertThat(AddressSyntax.problem(null, "0x1234")).isPresent();
    assertThat(AddressSyntax.problem(null, "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3v")).isEmpty();
  }

  @Test
  void everyAddressOnTheRealListsIsValidForItsAsset() throws Exception {
    Path dir = ScreeningFixture.realLists().orElse(null);
    assumeTrue(dir != null, "shared/data/sanctions is not present");
    List<String> invalid = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(dir.resolve("addresses"))) {
      for (Path f : files.toList()) {
        String asset =
            f.getFileName().toString().replace("sanctioned_addresses_", "").replace(".txt", "");
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) continue;
          checked++;
          AddressSyntax.problem(asset, line.strip())
              .ifPresent(p -> invalid.add(asset + " " + line + ": " + p));
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(invalid).isEmpty();
  }
}
