package io.rampart.server.risk;

import java.time.Duration;
import java.util.Objects;

/**
 * How the in-process engine runs.
 *
 * @param shards threads that each own a share of the accounts; an account's events are applied in
 *     order by its shard, different accounts in parallel
 * @param queueCapacity events that may wait per shard; beyond that, new ones are refused at once
 * @param maxBatch events a shard assesses and commits in one transaction at most
 * @param cacheSize profiles each shard keeps in memory
 * @param flushInterval how often a shard writes the profiles it changed (and the global counts)
 * @param answerTimeout how long a caller waits for its event to be recorded
 */
public record RiskHostSettings(
    int shards,
    int queueCapacity,
    int maxBatch,
    int cacheSize,
    Duration flushInterval,
    Duration answerTimeout) {
  public RiskHostSettings {
    if (shards < 1 || queueCapacity < 1 || maxBatch < 1 || cacheSize < 1) {
      throw new IllegalArgumentException(
          "shards, queue capacity, batch and cache sizes must be positive");
    }
    Objects.requireNonNull(flushInterval, "flushInterval");
    Objects.requireNonNull(answerTimeout, "answerTimeout");
    if (!flushInterval.isPositive() || !answerTimeout.isPositive()) {
      throw new IllegalArgumentException("flush interval and answer timeout must be positive");
    }
  }
}
