package io.rampart.risk.internal.rules;

import io.rampart.risk.Feature;
import io.rampart.risk.GlobalFeatureStats;
import io.rampart.risk.Profile;
import io.rampart.risk.SignInFeatures;

/**
 * The statistic of Freeman et al., "Who Are You? A Statistical Approach to Measuring User
 * Authenticity" (NDSS 2016), shared by the rules that score familiarity: over each hierarchy of
 * features, from coarse to fine, the log of how much likelier the values are in the population than
 * for this account, each level smoothed towards the population:
 *
 * <pre>
 *   P_global(v | parent) = (global(v) + 1) / (global(parent) + pseudoCount)
 *   P_user(v | parent)   = (user(v) + smoothing * P_global(v | parent)) / (user(parent) + smoothing)
 *   score = sum over levels of ln(P_global / P_user)
 * </pre>
 */
final class LikelihoodRatio {
  private LikelihoodRatio() {}

  static double score(
      Profile profile,
      SignInFeatures features,
      GlobalFeatureStats global,
      double smoothing,
      double pseudo,
      Feature[]... hierarchies) {
    return score(profile, features, global, smoothing, pseudo, false, hierarchies);
  }

  /**
   * As {@link #score(Profile, SignInFeatures, GlobalFeatureStats, double, double, Feature[][])};
   * with {@code noveltyOnly}, a level more familiar to the account than to the population counts 0
   * instead of lowering the score, so a new network in the account's own country still counts.
   */
  static double score(
      Profile profile,
      SignInFeatures features,
      GlobalFeatureStats global,
      double smoothing,
      double pseudo,
      boolean noveltyOnly,
      Feature[]... hierarchies) {
    double score = 0;
    for (Feature[] levels : hierarchies) {
      double userParent = profile.features(levels[0]).totalCount();
      double globalParent = global.total();
      for (Feature level : levels) {
        long key = features.key(level);
        double globalCount = global.count(level, key);
        double userCount = profile.features(level).countOf(key);
        double pGlobal = (globalCount + 1) / (globalParent + pseudo);
        double pUser = (userCount + smoothing * pGlobal) / (userParent + smoothing);
        double term = Math.log(pGlobal / pUser);
        score += noveltyOnly ? Math.max(0, term) : term;
        userParent = userCount;
        globalParent = globalCount;
      }
    }
    return score;
  }

  /** Points for a score past {@code threshold}: a share of the full points over {@code range}. */
  static int points(double score, double threshold, double range, int full) {
    double fraction = Math.min(1, (score - threshold) / range);
    return (int) Math.min(full, Math.max(1, Math.round(full * fraction)));
  }
}
