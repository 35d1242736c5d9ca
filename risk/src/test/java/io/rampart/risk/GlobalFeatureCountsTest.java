package io.rampart.risk;

class GlobalFeatureCountsTest extends GlobalFeatureStatsContract {
  @Override
  protected GlobalFeatureStats stats() {
    return new GlobalFeatureCounts();
  }

  @Override
  protected void observe(GlobalFeatureStats stats, RiskEvent event, IpFacts facts) {
    ((GlobalFeatureCounts) stats).observe(event, facts);
  }
}
