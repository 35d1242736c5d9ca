package io.rampart.screening.internal.matching;

/** How coverage of the query and of the listed name make one name score. */
final class Scoring {
  private Scoring() {}

  /**
   * The geometric mean of both coverages: a name matches when most of the query is found in it and
   * most of it is found in the query; a missing middle name costs little, a missing surname much.
   */
  static float combine(float queryCoverage, float listedCoverage) {
    return (float) Math.sqrt(Math.min(1f, queryCoverage) * Math.min(1f, listedCoverage));
  }
}
