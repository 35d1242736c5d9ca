package io.rampart.server.ipintel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataReload;
import io.rampart.server.ops.FixedDelayLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Looks for new IP data every reload interval on one background thread, and logs what it did.
 * Counts {@code rampart_ip_data_reloads_total{outcome="reloaded|refused"}} and exposes {@code
 * rampart_ip_lookup_errors_total} (database reads that failed and answered "unknown").
 */
public final class IpDataReloader implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(IpDataReloader.class);

  private final FileIpIntelligence intelligence;
  private final Duration interval;
  private final Counter reloaded;
  private final Counter refused;
  private final FixedDelayLoop loop = new FixedDelayLoop("rampart-ip-data", this::round);

  public IpDataReloader(FileIpIntelligence intelligence, Duration interval, MeterRegistry meters) {
    this.intelligence = intelligence;
    this.interval = interval;
    this.reloaded = reloads(meters, "reloaded");
    this.refused = reloads(meters, "refused");
    FunctionCounter.builder(
            "rampart.ip.lookup.errors", intelligence, FileIpIntelligence::lookupErrors)
        .description("IP database reads that failed and answered unknown")
        .register(meters);
  }

  /** Looks for new data now, on the caller's thread; returns what happened. */
  public IpDataReload runOnce() {
    IpDataReload outcome = intelligence.reloadIfChanged();
    switch (outcome) {
      case IpDataReload.Unchanged unchanged -> {}
      case IpDataReload.Reloaded(var status) -> {
        reloaded.increment();
        log.info("IP data reloaded: {} files in use", status.files().size());
        status
            .files()
            .forEach(f -> log.info("IP data: {} {} ({})", f.kind().label(), f.path(), f.summary()));
      }
      case IpDataReload.Refused(var problems) -> {
        refused.increment();
        log.error(
            "New IP data refused, the data in use stays:\n  - {}", String.join("\n  - ", problems));
      }
    }
    return outcome;
  }

  private void round() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      log.warn("Looking for new IP data failed; trying again in {}", interval, e);
    }
  }

  @Override
  public void start() {
    loop.start(interval, interval);
  }

  @Override
  public void stop() {
    loop.stop();
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }

  private static Counter reloads(MeterRegistry meters, String outcome) {
    return Counter.builder("rampart.ip.data.reloads")
        .description("Looks at the IP data files that found changes, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }
}
