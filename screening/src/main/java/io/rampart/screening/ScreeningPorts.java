package io.rampart.screening;

import io.rampart.audit.AuditTrail;
import io.rampart.kernel.TransactionRunner;
import java.util.Objects;

/** Everything screening needs from outside, in one place for wiring. */
public record ScreeningPorts(
    AlertStore alerts,
    CustomerRegistry customers,
    ListStateStore listStates,
    ChainAnalytics analytics,
    TransactionRunner transactions,
    AuditTrail audit) {
  public ScreeningPorts {
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(listStates, "listStates");
    Objects.requireNonNull(analytics, "analytics");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(audit, "audit");
  }
}
