package io.rampart.risk;

class InMemoryRiskStoresTest extends RiskStoreContracts {
  @Override
  protected RiskRecordStore records() {
    return new InMemoryRiskRecordStore();
  }

  @Override
  protected RiskAlertStore alerts() {
    return new InMemoryRiskAlertStore();
  }

  @Override
  protected ProfileStore profiles() {
    return new InMemoryProfileStore();
  }

  @Override
  protected FeatureCountStore counts() {
    return new InMemoryFeatureCountStore();
  }
}
