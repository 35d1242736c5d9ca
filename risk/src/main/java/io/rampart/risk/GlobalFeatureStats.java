package io.rampart.risk;

/**
 * How often each feature value was seen in successful sign-ins across all accounts: the population
 * baseline of the unfamiliar-sign-in rule. Values are {@link FeatureKey} hashes.
 *
 * <p>Contract: counts MUST NOT be negative and MUST NOT be below the true count; they MAY be above
 * it (a sketch), but MUST be 0 while nothing was counted; {@link #total} is the number of observed
 * sign-ins and MUST be at least any single count. Implementations read concurrently with updates
 * MUST be thread-safe.
 */
public interface GlobalFeatureStats {
  long count(Feature feature, long key);

  long total();
}
