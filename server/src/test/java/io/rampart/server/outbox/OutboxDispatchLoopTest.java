package io.rampart.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.notification.OutboxDispatcher;
import org.junit.jupiter.api.Test;

class OutboxDispatchLoopTest {
  @Test
  void pointsRetriedMessagesToThePendingListing() {
    String warning = OutboxDispatchLoop.trouble(new OutboxDispatcher.Report(3, 1, 2, 0));

    assertThat(warning)
        .contains("1 sent", "2 failed and will be retried", "status=PENDING")
        .doesNotContain("status=FAILED");
  }

  @Test
  void pointsMessagesGivenUpOnToTheFailedListing() {
    String warning = OutboxDispatchLoop.trouble(new OutboxDispatcher.Report(1, 0, 0, 1));

    assertThat(warning).contains("1 given up", "status=FAILED").doesNotContain("status=PENDING");
  }

  @Test
  void pointsToBothWhenARoundHadBoth() {
    assertThat(OutboxDispatchLoop.trouble(new OutboxDispatcher.Report(2, 0, 1, 1)))
        .contains("status=PENDING", "status=FAILED");
  }
}
