package io.rampart.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An {@link AlertStore} in memory, for tests and benchmarks. */
public final class InMemoryAlertStore implements AlertStore {
  private final Map<UUID, Alert> alerts = new LinkedHashMap<>();

  @Override
  public synchronized boolean insertIfNew(Alert alert) {
    Objects.requireNonNull(alert, "alert");
    if (findByKey(
            alert.customerId(),
            alert.list(),
            alert.entryId(),
            alert.customerDigest(),
            alert.entryDigest())
        .isPresent()) {
      return false;
    }
    if (alerts.containsKey(alert.id())) throw new IllegalStateException("duplicate alert id");
    alerts.put(alert.id(), alert);
    return true;
  }

  @Override
  public synchronized Optional<Alert> decide(
      UUID id, Alert.Status to, String decidedBy, Instant at, String reason) {
    Alert alert = alerts.get(id);
    if (alert == null || alert.status() != Alert.Status.OPEN) return Optional.empty();
    Alert decided = alert.decided(to, decidedBy, at, reason);
    alerts.put(id, decided);
    return Optional.of(decided);
  }

  @Override
  public synchronized Optional<Alert> find(UUID id) {
    return Optional.ofNullable(alerts.get(id));
  }

  @Override
  public synchronized Optional<Alert> findByKey(
      String customerId, String list, String entryId, String customerDigest, String entryDigest) {
    return alerts.values().stream()
        .filter(
            a ->
                a.customerId().equals(customerId)
                    && a.list().equals(list)
                    && a.entryId().equals(entryId)
                    && a.customerDigest().equals(customerDigest)
                    && a.entryDigest().equals(entryDigest))
        .findFirst();
  }

  @Override
  public synchronized List<Alert> list(Alert.Status status, String customerId, int limit) {
    List<Alert> result = new ArrayList<>();
    for (Alert a : alerts.values()) {
      if ((status == null || a.status() == status)
          && (customerId == null || a.customerId().equals(customerId))) {
        result.add(a);
      }
    }
    result.sort(
        Comparator.comparing(Alert::raisedAt).thenComparing(a -> a.id().toString()).reversed());
    return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
  }
}
