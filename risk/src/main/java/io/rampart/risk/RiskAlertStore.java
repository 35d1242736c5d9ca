package io.rampart.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: where alerts are kept. Implemented in store (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract: {@link #raise} stores every alert or none (a repeated id fails); {@link #close}
 * changes an {@link RiskAlert.Status#OPEN} alert once and returns it closed, and returns empty for
 * an unknown or already closed one. Lists are newest first (by {@code raisedAt}, then id). Methods
 * join the caller's transaction; implementations are thread-safe.
 */
public interface RiskAlertStore {
  void raise(List<RiskAlert> alerts);

  Optional<RiskAlert> findById(UUID id);

  /**
   * @param status only alerts in this status, or {@code null} for all
   */
  List<RiskAlert> forAccount(SubjectId account, RiskAlert.Status status, int limit);

  /** Alerts of every account, newest first. */
  List<RiskAlert> list(RiskAlert.Status status, int limit);

  Optional<RiskAlert> close(UUID id, Instant at, String by, String note);
}
