package io.rampart.audit;

import io.rampart.audit.internal.AuditEventRules;
import io.rampart.audit.internal.ChainHash;
import io.rampart.audit.internal.ChainVerifier;
import io.rampart.kernel.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Appends to, reads and verifies the hash-chained audit trail. Thread-safe. */
public final class AuditTrail {
  private final AuditStore store;
  private final Clock clock;

  public AuditTrail(AuditStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Appends an event. Must be called inside the transaction of the change it records.
   *
   * <p>The time is kept to the microsecond, the precision the store keeps, so that the hash still
   * matches after the record is read back.
   *
   * @return the stored record, with its sequence and hash
   * @throws IllegalArgumentException if the event breaks a bound of {@link AuditEventRules} (too
   *     long a type, too many or too long data entries, NUL characters)
   */
  public AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    AuditEventRules.requireValid(event);
    Optional<AuditStore.Head> head = store.lockHead();
    long sequence = head.map(h -> h.sequence() + 1).orElse(1L);
    String previousHash = head.map(AuditStore.Head::hash).orElse(ChainHash.GENESIS);
    Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditRecord record =
        ChainHash.seal(
            new AuditRecord(
                sequence,
                occurredAt,
                event.type(),
                event.actor(),
                event.account(),
                event.origin().ipAddress(),
                event.origin().userAgent(),
                event.data(),
                previousHash,
                null));
    store.insert(record);
    return record;
  }

  /** The account's own events, newest first. */
  public List<AuditRecord> forAccount(AccountId account, Long beforeSequence, int limit) {
    return store.findByAccount(account, beforeSequence, limit);
  }

  /**
   * Recomputes every link and names the first record that was altered or removed. Reads the records
   * one at a time in order, so it runs in constant memory however long the trail is.
   */
  public ChainVerification verify() {
    return ChainVerifier.verify(store);
  }
}
