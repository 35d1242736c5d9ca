package io.rampart.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.screening.ListFormat;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The rampart.screening.* and rampart.sanctions-dir settings. */
class ScreeningPropertiesTest {
  private static RampartProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("rampart", RampartProperties.class);
  }

  @Test
  void defaultsToNoListsAndTheMeasuredThreshold() {
    RampartProperties properties = bind(Map.of());

    assertThat(properties.sanctionsDir()).isNull();
    assertThat(properties.screening().lists()).isEmpty();
    assertThat(properties.screening().settings().threshold()).isEqualTo(0.80);
    assertThat(properties.screening().reloadInterval()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void bindsListsNamedOneByOne() {
    RampartProperties properties =
        bind(
            Map.of(
                "rampart.sanctions-dir", "/srv/lists",
                "rampart.screening.lists[0].name", "ofac-sdn",
                "rampart.screening.lists[0].format", "OFAC_SDN_CSV",
                "rampart.screening.lists[0].locations",
                    "https://lists.example/sdn.csv,/srv/alt.csv",
                "rampart.screening.lists[1].name", "mixers",
                "rampart.screening.lists[1].format", "ADDRESS_LIST",
                "rampart.screening.lists[1].asset", "ETH",
                "rampart.screening.lists[1].locations", "/srv/mixers.txt"));

    assertThat(properties.screening().lists()).hasSize(2);
    assertThat(properties.screening().lists().getFirst().locations())
        .containsExactly("https://lists.example/sdn.csv", "/srv/alt.csv");
    assertThat(properties.screening().lists().get(1).format()).isEqualTo(ListFormat.ADDRESS_LIST);
  }

  @Test
  void refusesBadSettingsNamingThem() {
    assertRefused(Map.of("rampart.screening.threshold", "0.3"), "rampart.screening");
    assertRefused(
        Map.of(
            "rampart.screening.lists[0].name", "x",
            "rampart.screening.lists[0].format", "ADDRESS_LIST",
            "rampart.screening.lists[0].locations", "/a.txt"),
        "asset is required for ADDRESS_LIST");
    assertRefused(
        Map.of(
            "rampart.screening.lists[0].name", "bad name!",
            "rampart.screening.lists[0].format", "EXCHANGE_CSV",
            "rampart.screening.lists[0].locations", "/a.csv"),
        "rampart.screening.lists[].name");
    assertRefused(
        Map.of(
            "rampart.screening.lists[0].name", "x",
            "rampart.screening.lists[0].format", "EXCHANGE_CSV",
            "rampart.screening.lists[0].locations", "ftp://lists.example/a.csv"),
        "only file paths and http(s) URLs");
    assertRefused(
        Map.of(
            "rampart.screening.lists[0].name", "x",
            "rampart.screening.lists[0].format", "EXCHANGE_CSV",
            "rampart.screening.lists[0].locations", "/a.csv",
            "rampart.screening.lists[1].name", "x",
            "rampart.screening.lists[1].format", "EXCHANGE_CSV",
            "rampart.screening.lists[1].locations", "/b.csv"),
        "names x twice");
  }

  private static void assertRefused(Map<String, String> values, String message) {
    assertThatThrownBy(() -> bind(values))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining(message);
  }
}
