package io.rampart.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Assesses events and learns from them. Stateless and thread-safe; every method is a pure function
 * of its arguments, so the same inputs give the same outputs in-process, in Kafka Streams and in a
 * replay.
 *
 * <p>Per event, a host calls {@link #assess} with the account's current profile, acts on the
 * decision, then stores {@link #observe}'s profile (or has {@link #observeInPlace} change the
 * profile's bytes it owns) and feeds the event to its {@link GlobalFeatureCounts}. Assessing never
 * changes a profile: a refused action is still learnt from by {@code observe} (failed sign-ins
 * count, for instance).
 */
public final class RiskEngine {

  public Assessment assess(Profile profile, RiskEvent event, EventContext context, Policy policy) {
    ActionType action = event.actionType();
    // Most events raise no signal and a few raise one or two: kept in locals, the findings are
    // put in their immutable list once (which the assessment keeps without copying).
    Finding.Signal first = null;
    Finding.Signal second = null;
    List<Finding.Signal> more = null;
    int score = 0;
    for (ConfiguredRule r : policy.rulesFor(action)) {
      if (r.rule().evaluate(profile, event, context, r.parameters()) instanceof Finding.Signal s) {
        if (first == null) {
          first = s;
        } else if (second == null) {
          second = s;
        } else {
          if (more == null) {
            more = new ArrayList<>(4);
            more.add(first);
            more.add(second);
          }
          more.add(s);
        }
        score += s.points();
      }
    }
    List<Finding.Signal> findings =
        more != null
            ? List.copyOf(more)
            : second != null ? List.of(first, second) : first != null ? List.of(first) : List.of();
    return new Assessment(
        event.eventId(),
        action,
        policy.bands(action).decide(score),
        score,
        findings,
        policy.version());
  }

  /** Assesses under both policies; only {@code active}'s decision is to be enforced. */
  public ShadowAssessment assess(
      Profile profile, RiskEvent event, EventContext context, Policy active, Policy candidate) {
    return new ShadowAssessment(
        assess(profile, event, context, active), assess(profile, event, context, candidate));
  }

  /** The account's profile after the event, as a new profile (the given one is unchanged). */
  public Profile observe(Profile profile, RiskEvent event, EventContext context) {
    byte[] next = profile.bytes().clone();
    ProfileUpdater.update(next, event, context);
    return new Profile(next);
  }

  /**
   * Changes profile bytes the caller owns ({@link ProfileCodec#slot}, {@link Profile#newSlot}) to
   * the account's profile after the event, in place and without allocating: the same bytes {@link
   * #observe} would give. A {@link Profile#view} of them sees the change.
   *
   * @throws IllegalArgumentException if the bytes are not a current-version profile's size
   */
  public void observeInPlace(byte[] profile, RiskEvent event, EventContext context) {
    ProfileUpdater.update(Profile.checkSlot(profile), event, context);
  }
}
