package io.rampart.risk;

/**
 * How often each feature value was seen in successful sign-ins across all accounts: the population
 * baseline of the unfamiliar-sign-in rule. Values are {@link FeatureKey} hashes.
 *
 * <p>Contract: counts MUST NOT be negative; {@link #count} MUST return 0 for a value never seen;
 * {@link #total} is the number of observed sign-ins and MUST be at least any single count.
 * Implementations read concurrently with updates MUST be thread-safe.
 */
public interface GlobalFeatureStats {
  long count(Feature feature, long key);

  long total();
}
