package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThrottledAuditsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final ThrottledAudits audits = new ThrottledAudits();

  @Test
  void auditsTheFirstRefusalOfABlockedPeriodOnly() {
    Map<String, Instant> blocked = Map.of("account:a@example.com", T0.plusSeconds(4));

    assertThat(audits.firstOfPeriod(blocked, T0)).isTrue();
    assertThat(audits.firstOfPeriod(blocked, T0.plusSeconds(1))).isFalse();
    assertThat(audits.firstOfPeriod(blocked, T0.plusSeconds(3))).isFalse();
  }

  @Test
  void treatsAPeriodExtendedWhileBlockedAsTheSamePeriod() {
    audits.firstOfPeriod(Map.of("ip:192.0.2.1", T0.plusSeconds(2)), T0);

    assertThat(audits.firstOfPeriod(Map.of("ip:192.0.2.1", T0.plusSeconds(8)), T0.plusSeconds(1)))
        .isFalse();
    assertThat(audits.firstOfPeriod(Map.of("ip:192.0.2.1", T0.plusSeconds(9)), T0.plusSeconds(7)))
        .isFalse();
  }

  @Test
  void auditsAgainOnceThePeriodIsOver() {
    audits.firstOfPeriod(Map.of("ip:192.0.2.1", T0.plusSeconds(2)), T0);

    assertThat(audits.firstOfPeriod(Map.of("ip:192.0.2.1", T0.plusSeconds(6)), T0.plusSeconds(2)))
        .isTrue();
  }

  @Test
  void auditsWhenAnyBlockingKeyStartsANewPeriod() {
    audits.firstOfPeriod(Map.of("account:a@example.com", T0.plusSeconds(4)), T0);

    assertThat(
            audits.firstOfPeriod(
                Map.of(
                    "account:a@example.com", T0.plusSeconds(4),
                    "net:192.0.2.0/24", T0.plusSeconds(2)),
                T0.plusSeconds(1)))
        .isTrue();
  }

  @Test
  void forgetsTheOldestKeysBeyondItsCapacity() {
    Map<String, Instant> first = Map.of("ip:first", T0.plusSeconds(60));
    audits.firstOfPeriod(first, T0);
    for (int i = 0; i < ThrottledAudits.CAPACITY; i++) {
      audits.firstOfPeriod(Map.of("ip:" + i, T0.plusSeconds(60)), T0);
    }

    assertThat(audits.firstOfPeriod(first, T0.plusSeconds(1))).isTrue();
    assertThat(audits.firstOfPeriod(Map.of("ip:9999", T0.plusSeconds(60)), T0.plusSeconds(1)))
        .isFalse();
  }
}
