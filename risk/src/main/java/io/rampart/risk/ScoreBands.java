package io.rampart.risk;

/**
 * Where an action type's score turns into more friction: a score at or above {@code challengeAt} is
 * challenged, and so on; {@link #NEVER} for a decision the action type never gets. Thresholds are
 * non-negative and non-decreasing.
 */
public record ScoreBands(int challengeAt, int reviewAt, int denyAt) {
  public static final int NEVER = Integer.MAX_VALUE;

  public ScoreBands {
    if (challengeAt < 0 || reviewAt < challengeAt || denyAt < reviewAt) {
      throw new IllegalArgumentException("thresholds must be non-negative and non-decreasing");
    }
  }

  public Decision decide(int score) {
    if (score >= denyAt) {
      return Decision.DENY;
    }
    if (score >= reviewAt) {
      return Decision.REVIEW;
    }
    return score >= challengeAt ? Decision.CHALLENGE : Decision.ALLOW;
  }
}
