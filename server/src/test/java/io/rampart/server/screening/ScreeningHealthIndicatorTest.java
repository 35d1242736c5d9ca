package io.rampart.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.Actor;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.ScreeningFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The screening health component says whether the node can screen, against what, and why not. */
class ScreeningHealthIndicatorTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void isUnknownOnANodeWithoutLists() {
    ScreeningFixture fixture = new ScreeningFixture();
    Health health =
        new ScreeningHealthIndicator(fixture.screening, false, Optional::empty).health();

    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(health.getDetails()).containsEntry("lists", List.of());
  }

  @Test
  void isDownWhenListsAreConfiguredButNoneIsInForce() {
    ScreeningFixture fixture = new ScreeningFixture();
    var failed = new ScreeningReloads.LastReload(AT, null, "UncheckedIOException");
    Health health =
        new ScreeningHealthIndicator(fixture.screening, true, () -> Optional.of(failed)).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("lastReload"))
        .isEqualTo(
            Map.of(
                "at", "2026-03-02T09:00:00Z",
                "outcome", "failed",
                "failure", "UncheckedIOException"));
  }

  @Test
  void isUpWithTheListsInForceAndWhatTheLastReloadDid() {
    ScreeningFixture fixture = new ScreeningFixture();
    ReloadReport report =
        fixture.screening.reload(ScreeningFixture.sources(), Actor.SYSTEM, null).orElseThrow();
    var last = new ScreeningReloads.LastReload(AT, report, null);
    Health health =
        new ScreeningHealthIndicator(fixture.screening, true, () -> Optional.of(last)).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    List<?> lists = (List<?>) health.getDetails().get("lists");
    assertThat(lists).hasSize(fixture.screening.lists().size());
    assertThat(lists.toString()).contains("name=ofac-sdn").contains("name=un, version=");
    Map<?, ?> reload = (Map<?, ?>) health.getDetails().get("lastReload");
    assertThat(reload.get("outcome")).isEqualTo("completed");
    assertThat(reload.get("loaded").toString()).contains("ofac-sdn").contains("un");
    assertThat(reload.get("refused")).isEqualTo(List.of());
  }
}
