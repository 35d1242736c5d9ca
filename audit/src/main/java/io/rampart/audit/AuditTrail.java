package io.rampart.audit;

import io.rampart.kernel.AccountId;
import java.time.Clock;
import java.util.List;

/** Appends to, reads and verifies the hash-chained audit trail. Thread-safe. */
public final class AuditTrail {
  private final AuditStore store;
  private final Clock clock;

  public AuditTrail(AuditStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Appends an event. Must be called inside the transaction of the change it records.
   *
   * @return the stored record, with its sequence and hash
   */
  public AuditRecord append(AuditEvent event) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /** The account's own events, newest first. */
  public List<AuditRecord> forAccount(AccountId account, Long beforeSequence, int limit) {
    return store.findByAccount(account, beforeSequence, limit);
  }

  /** Recomputes every link and names the first record that was altered or removed. */
  public ChainVerification verify() {
    throw new UnsupportedOperationException("being implemented for #2");
  }
}
