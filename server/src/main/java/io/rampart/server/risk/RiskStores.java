package io.rampart.server.risk;

import io.rampart.audit.AuditTrail;
import io.rampart.kernel.TransactionRunner;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskRecordStore;
import java.util.Objects;

/** Everything the host writes to, and the transactions that make its writes atomic. */
public record RiskStores(
    RiskRecordStore records,
    RiskAlertStore alerts,
    ProfileStore profiles,
    FeatureCountStore counts,
    TransactionRunner transactions,
    AuditTrail audit) {
  public RiskStores {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(audit, "audit");
  }
}
