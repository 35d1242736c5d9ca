package io.rampart.identity;

import java.util.List;
import java.util.Objects;

/**
 * The risk engine's decision on a sign-in.
 *
 * @param decision what to do with the sign-in
 * @param assessmentId the stored assessment it came from, or {@code null} when unassessed
 * @param reasons the reason codes that made up the score, strongest first; may be empty
 */
public record SignInVerdict(Decision decision, String assessmentId, List<String> reasons) {

  /** The four decisions of the risk engine. */
  public enum Decision {
    /** Low risk: go ahead. */
    ALLOW,
    /** Ask for a second factor (until one exists: go ahead, record it and tell the owner). */
    CHALLENGE,
    /** Let an analyst look (the sign-in goes ahead; an alert is raised). */
    REVIEW,
    /** Refuse the sign-in. */
    DENY
  }

  /** Allowed without an assessment (no risk engine). */
  public static final SignInVerdict UNASSESSED = new SignInVerdict(Decision.ALLOW, null, List.of());

  public SignInVerdict {
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
  }

  public boolean assessed() {
    return assessmentId != null;
  }
}
