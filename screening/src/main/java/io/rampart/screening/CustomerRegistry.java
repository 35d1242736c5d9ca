package io.rampart.screening;

import java.util.List;
import java.util.Optional;

/**
 * The customers screened so far, each with its latest data. Implemented in store (PostgreSQL) and
 * by an in-memory fake.
 *
 * <p>Contract: {@link #record} inserts or replaces the customer with that id, joining the caller's
 * transaction. {@link #page} returns up to {@code limit} customers whose ids sort after {@code
 * afterId} (all of them for {@code null}), in ascending id order (Java {@link String#compareTo}
 * order, which PostgreSQL gives with {@code COLLATE "C"}), so that a caller walks every customer
 * once even while others are recorded. Implementations are thread-safe.
 */
public interface CustomerRegistry {
  void record(Customer customer);

  Optional<Customer> find(String customerId);

  List<Customer> page(String afterId, int limit);
}
