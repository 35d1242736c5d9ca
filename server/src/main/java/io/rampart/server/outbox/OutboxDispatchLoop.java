package io.rampart.server.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.notification.OutboxDispatcher;
import io.rampart.server.ops.FixedDelayLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox dispatcher on one background thread, a round every poll interval. A failing round
 * is logged and the next one runs as usual. Counts {@code rampart_outbox_sent_total}, {@code
 * rampart_outbox_retried_total} and {@code rampart_outbox_failed_total}.
 */
public final class OutboxDispatchLoop implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatchLoop.class);

  private final OutboxDispatcher dispatcher;
  private final Duration interval;
  private final Counter sent;
  private final Counter retried;
  private final Counter failed;
  private final Counter roundFailures;
  private final FixedDelayLoop loop = new FixedDelayLoop("rampart-outbox", this::round);

  public OutboxDispatchLoop(OutboxDispatcher dispatcher, Duration interval, MeterRegistry meters) {
    this.dispatcher = dispatcher;
    this.interval = interval;
    this.sent = counter(meters, "rampart.outbox.sent", "Outbox messages delivered");
    this.retried = counter(meters, "rampart.outbox.retried", "Failed attempts to be retried");
    this.failed = counter(meters, "rampart.outbox.failed", "Messages given up on");
    this.roundFailures =
        counter(meters, "rampart.outbox.dispatch.errors", "Dispatch rounds that threw");
  }

  /** Runs one round now, on the caller's thread; returns what it did. */
  public OutboxDispatcher.Report runOnce() {
    OutboxDispatcher.Report report = dispatcher.dispatchDue();
    sent.increment(report.sent());
    retried.increment(report.retried());
    failed.increment(report.failed());
    if (report.retried() > 0 || report.failed() > 0) {
      log.warn(trouble(report));
    }
    return report;
  }

  /**
   * What an operator reads when a round had failures, pointing at the listing that holds them:
   * messages to be retried stay {@code PENDING} (with their {@code lastError}), messages given up
   * on are {@code FAILED}.
   */
  static String trouble(OutboxDispatcher.Report report) {
    StringBuilder text =
        new StringBuilder("Outbox delivery: ").append(report.sent()).append(" sent");
    if (report.retried() > 0) {
      text.append(", ")
          .append(report.retried())
          .append(" failed and will be retried (GET /api/v1/admin/outbox?status=PENDING shows")
          .append(" their lastError)");
    }
    if (report.failed() > 0) {
      text.append(", ")
          .append(report.failed())
          .append(" given up (GET /api/v1/admin/outbox?status=FAILED)");
    }
    return text.toString();
  }

  private void round() {
    try {
      OutboxDispatcher.Report report;
      do {
        report = runOnce();
      } while (report.claimed() > 0 && report.sent() == report.claimed() && loop.isRunning());
    } catch (RuntimeException e) {
      roundFailures.increment();
      log.warn("Outbox dispatch round failed; retrying in {}", interval, e);
    }
  }

  @Override
  public void start() {
    if (loop.start(Duration.ZERO, interval)) {
      log.info("Outbox delivery over SMTP started (every {})", interval);
    }
  }

  @Override
  public void stop() {
    loop.stop();
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }

  private static Counter counter(MeterRegistry meters, String name, String description) {
    return Counter.builder(name).description(description).register(meters);
  }
}
