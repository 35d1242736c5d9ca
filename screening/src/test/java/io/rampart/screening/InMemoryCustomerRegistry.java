package io.rampart.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link CustomerRegistry} in memory, for tests and benchmarks. */
public final class InMemoryCustomerRegistry implements CustomerRegistry {
  private final TreeMap<String, Customer> customers = new TreeMap<>();

  @Override
  public synchronized void record(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    customers.put(customer.customerId(), customer);
  }

  @Override
  public synchronized Optional<Customer> find(String customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  @Override
  public synchronized List<Customer> page(String afterId, int limit) {
    var tail = afterId == null ? customers : customers.tailMap(afterId, false);
    List<Customer> page = new ArrayList<>(Math.min(limit, tail.size()));
    for (Customer c : tail.values()) {
      if (page.size() == limit) break;
      page.add(c);
    }
    return page;
  }
}
