package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.Session;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema's length limits leave room for the longest values callers can produce. */
@ExtendWith(FreshDatabase.class)
class SchemaLimitsIT {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void takesAThrottleKeyForTheLongestEmailAddress() {
    String longestEmail = "a".repeat(64) + "@" + "b".repeat(184) + ".test";
    assertThat(longestEmail).hasSize(254);

    String key = "account:" + longestEmail;
    TestDatabase.store().throttles().recordFailure(key, T0, Duration.ofHours(1));

    assertThat(TestDatabase.store().throttles().find(List.of(key))).containsKey(key);
  }

  @Test
  void takesAUserAgentAsLongAsAnHttpHeaderCanBe() {
    AccountId account = Accounts.existing();
    String userAgent = "Mozilla/5.0 ".repeat(682) + "abcdefgh";
    assertThat(userAgent).hasSize(8192);
    Session session =
        new Session(
            new SessionId(UUID.randomUUID()),
            account,
            "f".repeat(64),
            T0,
            T0,
            T0.plusSeconds(900),
            T0.plusSeconds(43_200),
            "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255",
            userAgent,
            null,
            null);

    TestDatabase.store().sessions().insert(session);
    TestDatabase.store().signInHistory().recordSource(account, session.ipAddress(), userAgent, T0);

    assertThat(TestDatabase.store().sessions().findById(session.id())).contains(session);
    assertThat(
            TestDatabase.store()
                .signInHistory()
                .knowsSource(account, session.ipAddress(), userAgent))
        .isTrue();
  }
}
