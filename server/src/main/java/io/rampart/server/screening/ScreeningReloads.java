package io.rampart.server.screening;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.audit.Actor;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.ListVersion;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Loads the sanctions lists when the node starts (before it takes requests, so the first screening
 * already has lists), then reloads them every {@code rampart.screening.reload-interval} on one
 * background thread; operators reload on demand through the API. Each reload is logged list by
 * list, a refused list as a warning with its problems. Counts {@code
 * rampart_screening_reloads_total{outcome}} per list and gauges {@code
 * rampart_screening_list_entries} (entries in force).
 */
public final class ScreeningReloads implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ScreeningReloads.class);

  private final Screening screening;
  private final ScreeningSources sources;
  private final Duration interval;
  private final MeterRegistry meters;
  private ScheduledExecutorService executor;

  public ScreeningReloads(
      Screening screening, ScreeningSources sources, Duration interval, MeterRegistry meters) {
    this.screening = screening;
    this.sources = sources;
    this.interval = interval;
    this.meters = meters;
    Gauge.builder(
            "rampart.screening.list.entries",
            screening,
            s -> s.lists().stream().mapToInt(ListVersion::entries).sum())
        .description("Entries of the sanctions lists in force")
        .register(meters);
  }

  /**
   * Reloads now, on the caller's thread.
   *
   * @return the report, or empty if another reload is running
   */
  public Optional<ReloadReport> reload(Actor actor, RequestOrigin origin) {
    Optional<ReloadReport> report = screening.reload(sources.sources(), actor, origin);
    report.ifPresent(this::record);
    return report;
  }

  private void record(ReloadReport report) {
    for (ReloadReport.ListReport list : report.lists()) {
      String outcome =
          switch (list) {
            case ReloadReport.Loaded l -> {
              log.info(
                  "Sanctions list {} loaded: version {}, {} entries",
                  l.list(),
                  l.version().version(),
                  l.version().entries());
              yield "loaded";
            }
            case ReloadReport.Unchanged u -> "unchanged";
            case ReloadReport.Refused r -> {
              log.warn(
                  "Sanctions list {} refused ({}): {}",
                  r.list(),
                  r.inForce() == null
                      ? "no version in force"
                      : "version " + r.inForce().version() + " stays in force",
                  String.join("; ", r.problems()));
              yield "refused";
            }
            case ReloadReport.Dropped d -> {
              log.info("Sanctions list {} dropped: no longer configured", d.list());
              yield "dropped";
            }
          };
      Counter.builder("rampart.screening.reloads")
          .description("List loads by outcome")
          .tag("outcome", outcome)
          .register(meters)
          .increment();
    }
    ReloadReport.Rescreening r = report.rescreening();
    if (r.changedEntries() > 0 || r.problem() != null) {
      log.info(
          "Rescreened {} customers against {} changed entries: {} new alerts{}",
          r.customers(),
          r.changedEntries(),
          r.alertsRaised(),
          r.problem() == null ? "" : " (" + r.problem() + ")");
    }
  }

  private void scheduled() {
    try {
      if (reload(Actor.SYSTEM, RequestOrigin.INTERNAL).isEmpty()) {
        log.info("Scheduled reload of the sanctions lists skipped: another reload is running");
      }
    } catch (RuntimeException e) {
      log.warn("Scheduled reload of the sanctions lists failed; the lists in force stay", e);
    }
  }

  @Override
  public synchronized void start() {
    if (executor != null) return;
    if (!sources.configured()) {
      log.warn(
          "No sanctions list is configured (rampart.sanctions-dir, rampart.screening.lists):"
              + " screening answers 503 SCR_LISTS_UNAVAILABLE");
    } else {
      scheduled();
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "rampart-screening-reload");
              thread.setDaemon(true);
              return thread;
            });
    if (interval.isPositive() && sources.configured()) {
      executor.scheduleWithFixedDelay(
          this::scheduled, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor == null) return;
    executor.shutdownNow();
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  /** Before the web server starts: the first screening request finds the lists loaded. */
  @Override
  public int getPhase() {
    return 0;
  }
}
