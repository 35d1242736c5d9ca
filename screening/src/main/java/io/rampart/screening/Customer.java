package io.rampart.screening;

import java.util.Objects;

/**
 * A customer as last screened: kept so that every recorded customer is screened again when a list
 * changes.
 *
 * @param customerId the exchange's own identifier for the customer, opaque, 1 to 128 characters
 * @param query the name and facts last screened
 * @param digest a digest of {@code query}: it changes whenever the customer's data does
 */
public record Customer(String customerId, NameQuery query, String digest) {
  public Customer {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(digest, "digest");
  }
}
