package io.rampart.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where alerts are kept. Implemented in store (PostgreSQL) and by an in-memory fake.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>An alert's key is (customer, list, entry, customer digest, entry digest). {@link
 *       #insertIfNew} inserts the alert and returns {@code true} only if no alert with that key
 *       exists, whatever its status; otherwise it changes nothing and returns {@code false}. Two
 *       concurrent calls with one key insert one alert between them. It joins the caller's
 *       transaction.
 *   <li>{@link #decide} changes an OPEN alert to CONFIRMED or DISMISSED with who, when and why, and
 *       returns the alert as changed; an alert that is not OPEN (or does not exist) is left as it
 *       is and the result is empty. Concurrent decisions on one alert: exactly one wins.
 *   <li>{@link #list} returns alerts newest first (by {@code raisedAt}, then id), filtered by
 *       status and customer when those are not {@code null}.
 *   <li>Implementations are thread-safe; no method returns {@code null}.
 * </ul>
 */
public interface AlertStore {
  boolean insertIfNew(Alert alert);

  Optional<Alert> decide(UUID id, Alert.Status to, String decidedBy, Instant at, String reason);

  Optional<Alert> find(UUID id);

  /** The alert with this key, whatever its status. */
  Optional<Alert> findByKey(
      String customerId, String list, String entryId, String customerDigest, String entryDigest);

  List<Alert> list(Alert.Status status, String customerId, int limit);
}
