package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventContextTest {
  private final GlobalFeatureCounts global = new GlobalFeatureCounts();
  private final IpIntelligence ips =
      new InMemoryIpIntelligence().with("198.51.100.10", BERLIN).with("203.0.113.9", SINGAPORE);

  @Test
  void looksUpTheClientIpOfTheEventAndHashesASignInsFeaturesOnce() {
    var signIn = signIn("2026-11-25T08:00:00Z");
    var context = EventContext.lookup(signIn, ips, global);
    assertThat(context.ip()).isEqualTo(BERLIN);
    assertThat(context.features())
        .isEqualTo(SignInFeatures.of(signIn.ip(), signIn.userAgent(), BERLIN));
    assertThat(EventContext.lookup(failedSignIn("2026-11-25T08:00:00Z"), ips, global).ip())
        .isEqualTo(SINGAPORE);
  }

  @Test
  void knowsNothingAboutEventsWithoutAClientIp() {
    var context = EventContext.lookup(deposit("2026-11-25T08:00:00Z", 100), ips, global);
    assertThat(context.ip()).isEqualTo(IpFacts.UNKNOWN);
    assertThat(context.features()).isNull();
  }

  @Test
  void carriesTheSourceCountsAndHashesASignInsSourcesOnce() {
    var sources = new SourceCounts();
    var signIn = signIn("2026-11-25T08:00:00Z");
    var context = EventContext.lookup(signIn, ips, global, sources);
    assertThat(context.sources()).isSameAs(sources);
    assertThat(context.sourceKeys()).isEqualTo(SourceKeys.of(signIn.ip(), BERLIN));

    var withdrawal = withdrawal("2026-11-25T08:00:00Z", 100, "a");
    var later = EventContext.lookup(withdrawal, ips, global, sources);
    assertThat(later.sourceKeys()).isNull();
    assertThat(later.sourceKeysOf(withdrawal)).isEqualTo(SourceKeys.of(withdrawal.ip(), BERLIN));
    assertThat(EventContext.lookup(signIn, ips, global).sources()).isSameAs(SourceStats.NONE);
  }
}
