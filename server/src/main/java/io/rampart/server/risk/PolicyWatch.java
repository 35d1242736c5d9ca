package io.rampart.server.risk;

import io.rampart.audit.Actor;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the policy files every interval and reloads them when one changed (time or size); a
 * refused file is logged and the running policies stay. Reloads are audited as done by the system.
 */
public final class PolicyWatch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PolicyWatch.class);

  private final PolicyFiles files;
  private final ScheduledExecutorService timer;

  /**
   * @param every how often to check; zero checks never
   */
  public PolicyWatch(PolicyFiles files, Duration every) {
    this.files = files;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("risk-policy-watch").daemon().unstarted(r));
    long millis = every.toMillis();
    if (millis > 0) {
      timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /** Reloads if a file changed since it was read. */
  void check() {
    try {
      if (!files.changed()) {
        return;
      }
      switch (files.reload(Actor.SYSTEM, RequestOrigin.INTERNAL)) {
        case PolicyFiles.Reload.Done(var status) ->
            log.info("Risk policy reloaded: {} in force", status.active().version());
        case PolicyFiles.Reload.Refused(var refusal) ->
            log.warn(
                "Risk policy file {} refused, the running policy stays: {}",
                refusal.source(),
                refusal.problems());
      }
    } catch (RuntimeException e) {
      log.warn("Could not check the risk policy files", e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
