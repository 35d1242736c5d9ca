package io.rampart.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2026-11-02T10:15:30Z");

  @Test
  void standsStillUntilAdvanced() {
    MutableClock clock = new MutableClock(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void advancesByTheGivenAmount() {
    MutableClock clock = new MutableClock(START);

    Instant moved = clock.advance(Duration.ofMinutes(5));

    assertThat(moved).isEqualTo(START.plusSeconds(300));
    assertThat(clock.instant()).isEqualTo(moved);
    assertThat(clock.millis()).isEqualTo(moved.toEpochMilli());
  }

  @Test
  void jumpsToASetInstant() {
    MutableClock clock = new MutableClock(START);
    Instant later = Instant.parse("2027-01-01T00:00:00Z");

    clock.set(later);

    assertThat(clock.instant()).isEqualTo(later);
  }

  @Test
  void keepsUtc() {
    assertThat(new MutableClock(START).getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
