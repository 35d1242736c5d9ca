package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract of {@link GlobalFeatureStats}, fed through the implementation's own update. */
public abstract class GlobalFeatureStatsContract {
  /** A fresh implementation. */
  protected abstract GlobalFeatureStats stats();

  /** Feeds one event (with its IP facts) to the implementation under test. */
  protected abstract void observe(GlobalFeatureStats stats, RiskEvent event, IpFacts facts);

  @Test
  void countsNothingBeforeAnySignIn() {
    var s = stats();
    assertThat(s.total()).isZero();
    assertThat(s.count(Feature.IP, FeatureKey.of("198.51.100.10"))).isZero();
  }

  @Test
  void countsEachFeatureOfSuccessfulSignInsOnly() {
    var s = stats();
    observe(s, signIn("2026-01-01T00:00:00Z"), BERLIN);
    observe(s, signIn("2026-01-02T00:00:00Z"), BERLIN);
    observe(s, failedSignIn("2026-01-02T00:00:00Z"), SINGAPORE);
    observe(s, withdrawal("2026-01-02T00:00:00Z", 1, "a"), SINGAPORE);
    assertThat(s.total()).isEqualTo(2);
    assertThat(s.count(Feature.IP, FeatureKey.of("198.51.100.10"))).isEqualTo(2);
    assertThat(s.count(Feature.COUNTRY, FeatureKey.of("DE"))).isEqualTo(2);
    assertThat(s.count(Feature.COUNTRY, FeatureKey.of("SG"))).isZero();
    assertThat(s.count(Feature.ASN, FeatureKey.ofAsn(3320))).isEqualTo(2);
    assertThat(s.count(Feature.BROWSER, FeatureKey.of("Chrome"))).isEqualTo(2);
    assertThat(s.count(Feature.OS, FeatureKey.of("Windows"))).isEqualTo(2);
  }
}
