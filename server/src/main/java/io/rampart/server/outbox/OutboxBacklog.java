package io.rampart.server.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauge {@code rampart_outbox_backlog}: PENDING messages. The count is cached, so scrapes query
 * the database at most once per {@link #MAX_AGE}.
 */
public final class OutboxBacklog {
  static final Duration MAX_AGE = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

  private final OutboxStore store;
  private long value = -1;
  private long readAtNanos;

  public OutboxBacklog(OutboxStore store, MeterRegistry meters) {
    this.store = store;
    Gauge.builder("rampart.outbox.backlog", this, OutboxBacklog::current)
        .description("Outbox messages waiting to be delivered")
        .register(meters);
  }

  synchronized double current() {
    long now = System.nanoTime();
    if (value < 0 || now - readAtNanos >= MAX_AGE.toNanos()) {
      try {
        value = store.countByStatus(OutboxMessage.Status.PENDING);
        readAtNanos = now;
      } catch (RuntimeException e) {
        log.warn("Cannot count the outbox backlog", e);
        return value < 0 ? Double.NaN : value;
      }
    }
    return value;
  }
}
