package io.rampart.server.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.TransactionRunner;
import io.rampart.screening.AlertStore;
import io.rampart.screening.ChainAnalytics;
import io.rampart.screening.CustomerRegistry;
import io.rampart.screening.ListStateStore;
import io.rampart.screening.Screening;
import io.rampart.screening.ScreeningPorts;
import io.rampart.screening.StaticChainAnalytics;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.screening.ScreeningReloads;
import io.rampart.server.screening.ScreeningSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sanctions screening: the capability on the store's ports, its lists as configured, the built-in
 * analytics table if one is configured, and the reloads.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningWiring {
  private static final Logger log = LoggerFactory.getLogger(ScreeningWiring.class);

  @Bean
  ChainAnalytics chainAnalytics(RampartProperties properties) {
    Path file = properties.screening().analyticsFile();
    if (file == null) return ChainAnalytics.NONE;
    try (InputStream in = Files.newInputStream(file)) {
      StaticChainAnalytics table = StaticChainAnalytics.read(file.getFileName().toString(), in);
      log.info("Address analytics from {}: {} rated addresses", file, table.size());
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("rampart.screening.analytics-file cannot be read: " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rampart.screening.analytics-file " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  @Bean
  Screening screening(
      AlertStore alerts,
      CustomerRegistry customers,
      ListStateStore listStates,
      ChainAnalytics analytics,
      TransactionRunner transactions,
      AuditTrail audit,
      RampartProperties properties,
      Clock clock,
      IdGenerator ids) {
    return new Screening(
        new ScreeningPorts(alerts, customers, listStates, analytics, transactions, audit),
        properties.screening().settings(),
        clock,
        ids);
  }

  @Bean
  ScreeningSources screeningSources(RampartProperties properties) {
    return new ScreeningSources(properties);
  }

  @Bean
  ScreeningReloads screeningReloads(
      Screening screening,
      ScreeningSources sources,
      RampartProperties properties,
      MeterRegistry meters) {
    return new ScreeningReloads(
        screening, sources, properties.screening().reloadInterval(), meters);
  }
}
