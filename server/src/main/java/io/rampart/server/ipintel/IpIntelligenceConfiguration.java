package io.rampart.server.ipintel;

import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataKind;
import io.rampart.ipintel.IpDataLoad;
import io.rampart.ipintel.IpDataSettings;
import io.rampart.ipintel.IpDataStatus;
import io.rampart.server.config.ConfigurationProblem;
import io.rampart.server.config.RampartProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * IP intelligence: the {@link io.rampart.risk.IpIntelligence} bean (a {@link FileIpIntelligence}
 * over the files {@code rampart.ip-data.*} names) and the loop that reloads them. Bad files stop
 * start-up; later, bad files are refused and the data in use stays.
 */
@Configuration(proxyBeanMethods = false)
public class IpIntelligenceConfiguration {
  private static final Logger log = LoggerFactory.getLogger(IpIntelligenceConfiguration.class);

  @Bean
  FileIpIntelligence ipIntelligence(RampartProperties properties) {
    IpDataSettings settings = properties.ipDataSettings();
    return switch (FileIpIntelligence.open(settings)) {
      case IpDataLoad.Loaded loaded -> {
        report(loaded.intelligence().status(), settings);
        yield loaded.intelligence();
      }
      case IpDataLoad.Refused refused ->
          throw new ConfigurationProblem(
              "The IP data (rampart.ip-data.*) was refused:\n  - "
                  + String.join("\n  - ", refused.problems()),
              "Fix or replace the files named, or leave them out of rampart.ip-data.*"
                  + " (docs/operations.md, IP intelligence).");
    };
  }

  @Bean
  IpDataReloader ipDataReloader(
      FileIpIntelligence intelligence, RampartProperties properties, MeterRegistry meters) {
    return new IpDataReloader(intelligence, properties.ipData().reloadInterval(), meters);
  }

  /** Logs what is in use, and what the risk rules will lack. */
  static void report(IpDataStatus status, IpDataSettings settings) {
    for (IpDataStatus.LoadedFile file : status.files()) {
      log.info("IP data: {} {} ({})", file.kind().label(), file.path(), file.summary());
    }
    List<String> missing =
        List.of(IpDataKind.COUNTRY, IpDataKind.ASN).stream()
            .filter(kind -> !status.has(kind))
            .map(IpDataKind::label)
            .toList();
    if (!missing.isEmpty()) {
      log.warn(
          "No IP {} in {}: countries, networks and locations are unknown and the rules on them"
              + " abstain. Fetch the data with scripts/fetch-ip-data.sh {} (docs/operations.md);"
              + " it is taken without a restart.",
          String.join(" or ", missing),
          settings.directory(),
          settings.directory());
    } else if (!status.has(IpDataKind.CITY)) {
      log.info("No IP city database: addresses are placed at their country's reference point");
    }
  }
}
