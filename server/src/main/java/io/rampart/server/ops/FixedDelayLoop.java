package io.rampart.server.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on one named daemon thread, again and again with a fixed delay between the end of one
 * run and the start of the next: the engine of Rampart's background loops (outbox delivery, IP data
 * reloads). The task handles its own failures; one that throws ends the loop, as with any {@link
 * ScheduledExecutorService}.
 */
public final class FixedDelayLoop {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final String threadName;
  private final Runnable task;
  private ScheduledExecutorService executor;

  public FixedDelayLoop(String threadName, Runnable task) {
    this.threadName = threadName;
    this.task = task;
  }

  /** Starts the loop unless it runs; false if it was running already. */
  public synchronized boolean start(Duration initialDelay, Duration delay) {
    if (executor != null) return false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, threadName);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        task, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    return true;
  }

  /** Stops scheduling runs and waits up to 10 s for a run in progress, then interrupts it. */
  public void stop() {
    ScheduledExecutorService stopping;
    synchronized (this) {
      stopping = executor;
      executor = null;
    }
    if (stopping == null) return;
    stopping.shutdown();
    try {
      if (!stopping.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        stopping.shutdownNow();
      }
    } catch (InterruptedException e) {
      stopping.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the loop has been started and not stopped. */
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
