package io.rampart.server.ipintel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataReload;
import io.rampart.risk.IpFacts;
import io.rampart.server.config.ConfigurationProblem;
import io.rampart.server.config.RampartProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IpIntelligenceConfigurationTest {
  @TempDir Path dataDir;

  private RampartProperties properties() {
    return new Binder(
            new MapConfigurationPropertySource(Map.of("rampart.data-dir", dataDir.toString())))
        .bindOrCreate("rampart", RampartProperties.class);
  }

  private Path knownBadList(String content) throws IOException {
    Path dir = Files.createDirectories(dataDir.resolve("ip"));
    Path staged = Files.writeString(dir.resolve("known-bad.txt.new"), content);
    return Files.move(staged, dir.resolve("known-bad.txt"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void startsWithNoDataAndAnswersUnknown() {
    FileIpIntelligence intelligence =
        new IpIntelligenceConfiguration().ipIntelligence(properties());

    assertThat(intelligence.lookup("198.51.100.10")).isEqualTo(IpFacts.UNKNOWN);
    assertThat(intelligence.status().files()).isEmpty();
  }

  @Test
  void readsTheFilesOfTheIpDataDirectory() throws IOException {
    knownBadList("198.51.100.10\n");

    FileIpIntelligence intelligence =
        new IpIntelligenceConfiguration().ipIntelligence(properties());

    assertThat(intelligence.lookup("198.51.100.10").knownBad()).isTrue();
  }

  @Test
  void stopsStartUpOnABadFileNamingIt() throws IOException {
    Path list = knownBadList("198.51.100.10/8\n");

    assertThatThrownBy(() -> new IpIntelligenceConfiguration().ipIntelligence(properties()))
        .isInstanceOf(ConfigurationProblem.class)
        .hasMessageContaining("rampart.ip-data")
        .hasMessageContaining(list + ":1: '198.51.100.10/8' is not the start of its block");
  }

  @Test
  void reloadsChangedFilesCountingWhatHappened() throws IOException {
    knownBadList("198.51.100.10\n");
    FileIpIntelligence intelligence =
        new IpIntelligenceConfiguration().ipIntelligence(properties());
    var meters = new SimpleMeterRegistry();
    var reloader = new IpDataReloader(intelligence, java.time.Duration.ofMinutes(1), meters);

    assertThat(reloader.runOnce()).isInstanceOf(IpDataReload.Unchanged.class);
    knownBadList("198.51.100.11\n");
    assertThat(reloader.runOnce()).isInstanceOf(IpDataReload.Reloaded.class);
    knownBadList("not an address\n");
    assertThat(reloader.runOnce()).isInstanceOf(IpDataReload.Refused.class);

    assertThat(intelligence.lookup("198.51.100.11").knownBad()).isTrue();
    assertThat(meters.get("rampart.ip.data.reloads").tag("outcome", "reloaded").counter().count())
        .isEqualTo(1);
    assertThat(meters.get("rampart.ip.data.reloads").tag("outcome", "refused").counter().count())
        .isEqualTo(1);
  }
}
