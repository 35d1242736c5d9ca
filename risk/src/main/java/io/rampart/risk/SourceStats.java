package io.rampart.risk;

/**
 * Sign-in attempts per source ({@link SourceKeys}) across all accounts, in the window of {@link
 * SourceCounts#WINDOW_MINUTES} minutes ending at a given epoch minute: the state the per-source
 * rules read, as {@link GlobalFeatureStats} is the familiarity rules'. Figures may be estimates
 * (see {@link SourceCounts} for the error of the built-in one).
 *
 * <p>Contract: figures MUST NOT be negative and MUST be 0 for a source never seen, or for {@link
 * FeatureKey#ABSENT}; {@link #failedAccounts} MUST be 0 when {@link #failures} is. Implementations
 * read concurrently with updates MUST be thread-safe.
 */
public interface SourceStats {
  /** Knows no source: what rules see when a host keeps no source counts. */
  SourceStats NONE =
      new SourceStats() {
        @Override
        public int failures(long source, int minute) {
          return 0;
        }

        @Override
        public int successes(long source, int minute) {
          return 0;
        }

        @Override
        public int failedAccounts(long source, int minute) {
          return 0;
        }
      };

  /** Failed sign-ins from the source within the window ending at {@code minute}. */
  int failures(long source, int minute);

  /** Successful sign-ins from the source within the window. */
  int successes(long source, int minute);

  /** Distinct accounts with failed sign-ins from the source within the window. */
  int failedAccounts(long source, int minute);
}
