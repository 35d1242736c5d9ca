package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AddressScreeningTest {
  private static final String TABLE =
      "address,asset,risk,category\n"
          + "0x4444444444444444444444444444444444444444,ETH,90,mixer\n"
          + "0x5555555555555555555555555555555555555555,,20,exchange\n";

  private static StaticChainAnalytics analytics() throws Exception {
    return StaticChainAnalytics.read(
        "ratings.csv", new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
  }

  private static AddressScreening screen(Screening screening, String asset, String address) {
    return ((ScreeningOutcome.Screened<AddressScreening>)
            screening.screenAddress(new AddressQuery(asset, address)))
        .result();
  }

  @Test
  void namesEveryListThatHoldsTheAddressWithTheListedAsset() {
    Screening screening = new ScreeningFixture().loaded().screening;

    AddressScreening result = screen(screening, null, "0x8001de017ab13da95a3b4135f978e3ef669715b4");

    assertThat(result.verdict()).isEqualTo(AddressScreening.Verdict.LISTED);
    assertThat(result.hits())
        .extracting(AddressHit::list, AddressHit::entryId, AddressHit::asset)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ofac-sdn", "1003", "ETH"),
            org.assertj.core.groups.Tuple.tuple(
                "addresses-eth", "0x8001de017ab13da95a3b4135f978e3ef669715b4", "ETH"));
    assertThat(result.hits())
        .filteredOn(h -> h.list().equals("ofac-sdn"))
        .singleElement()
        .satisfies(h -> assertThat(h.listedName()).isEqualTo("VOLKOV, Dmitri Alekseyevich"));
  }

  @Test
  void findsAnAddressNamedInOfacRemarksAndInAnAddressListOfAnotherAsset() {
    Screening screening = new ScreeningFixture().loaded().screening;

    assertThat(screen(screening, "TRX", "TQr56EdpSmaZDzUNBS4C2kp3uf5ptgLpcu").listed()).isTrue();
    assertThat(screen(screening, "LTC", "LVqDDS2RzgayB6SAac5yEkuF4ZTq2TFXjY").listed()).isTrue();
    assertThat(screen(screening, "BTC", "BC1QURG4Q4A3TXV8L9XVWSGAW9L3G4UM92SSS8EVYJ").listed())
        .isTrue();
  }

  @Test
  void asksTheAnalyticsProviderAndFlagsHighRisk() throws Exception {
    Screening screening =
        new ScreeningFixture(ScreeningSettings.defaults(), analytics()).loaded().screening;

    AddressScreening mixer = screen(screening, "ETH", "0x4444444444444444444444444444444444444444");
    AddressScreening low = screen(screening, "BSC", "0x5555555555555555555555555555555555555555");
    AddressScreening unknown =
        screen(screening, "ETH", "0x6666666666666666666666666666666666666666");

    assertThat(mixer.verdict()).isEqualTo(AddressScreening.Verdict.HIGH_RISK);
    assertThat(mixer.analytics()).isEqualTo(new AnalyticsAnswer.Rated("ratings.csv", 90, "mixer"));
    assertThat(low.verdict()).isEqualTo(AddressScreening.Verdict.CLEAR);
    assertThat(low.analytics()).isEqualTo(new AnalyticsAnswer.Rated("ratings.csv", 20, "exchange"));
    assertThat(unknown.analytics()).isEqualTo(new AnalyticsAnswer.Unknown("ratings.csv"));
  }

  @Test
  void aProviderThatFailsLeavesTheListsAnswering() {
    ChainAnalytics broken =
        (asset, address) -> {
          throw new IllegalStateException("provider down");
        };
    Screening screening =
        new ScreeningFixture(ScreeningSettings.defaults(), broken).loaded().screening;

    AddressScreening result =
        screen(screening, "ETH", "0x8001de017ab13da95a3b4135f978e3ef669715b4");

    assertThat(result.verdict()).isEqualTo(AddressScreening.Verdict.LISTED);
    assertThat(result.analytics()).isInstanceOf(AnalyticsAnswer.Unavailable.class);
  }

  @Test
  void refusesABadAnalyticsTableNamingTheLine() {
    String bad =
        "address,asset,risk,category\n0x4444444444444444444444444444444444444444,ETH,high,mixer\n";

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                StaticChainAnalytics.read(
                    "t", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
