package io.rampart.risk;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Alerts in memory, for tests. Thread-safe. */
public final class InMemoryRiskAlertStore implements RiskAlertStore {
  private static final Comparator<RiskAlert> NEWEST_FIRST =
      Comparator.comparing(RiskAlert::raisedAt).thenComparing(RiskAlert::id).reversed();

  private final Map<UUID, RiskAlert> alerts = new LinkedHashMap<>();

  @Override
  public synchronized void raise(List<RiskAlert> raised) {
    if (raised.stream().map(RiskAlert::id).distinct().count() != raised.size()
        || raised.stream().anyMatch(a -> alerts.containsKey(a.id()))) {
      throw new IllegalStateException("duplicate alert id");
    }
    raised.forEach(a -> alerts.put(a.id(), a));
  }

  @Override
  public synchronized Optional<RiskAlert> findById(UUID id) {
    return Optional.ofNullable(alerts.get(id));
  }

  @Override
  public synchronized List<RiskAlert> forAccount(
      SubjectId account, RiskAlert.Status status, int limit) {
    return alerts.values().stream()
        .filter(a -> a.account().equals(account))
        .filter(a -> status == null || a.status() == status)
        .sorted(NEWEST_FIRST)
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public synchronized List<RiskAlert> list(RiskAlert.Status status, int limit) {
    return alerts.values().stream()
        .filter(a -> status == null || a.status() == status)
        .sorted(NEWEST_FIRST)
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public synchronized Optional<RiskAlert> close(UUID id, Instant at, String by, String note) {
    RiskAlert alert = alerts.get(id);
    if (alert == null || alert.status() != RiskAlert.Status.OPEN) {
      return Optional.empty();
    }
    RiskAlert closed = alert.closed(at, by, note);
    alerts.put(id, closed);
    return Optional.of(closed);
  }
}
