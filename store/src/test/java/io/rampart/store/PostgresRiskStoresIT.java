package io.rampart.store;

import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.RiskStoreContracts;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabase.class)
class PostgresRiskStoresIT extends RiskStoreContracts {
  @Override
  protected RiskRecordStore records() {
    return TestDatabase.store().riskRecords();
  }

  @Override
  protected RiskAlertStore alerts() {
    return TestDatabase.store().riskAlerts();
  }

  @Override
  protected ProfileStore profiles() {
    return TestDatabase.store().profiles();
  }

  @Override
  protected FeatureCountStore counts() {
    return TestDatabase.store().featureCounts();
  }
}
