package io.rampart.risk;

import java.util.List;
import java.util.Set;

/**
 * One rule: looks at the account's profile (before the event), the event and its context, and
 * reports a {@link Finding}. A policy enables it, sets its points and parameters, and decides.
 *
 * <p>Contract: {@link #evaluate} MUST be a pure function of its arguments (no I/O, clock, random
 * source or mutable state), MUST NOT return {@code null}, MUST NOT throw for a valid event, and
 * MUST return {@link Finding#ABSTAIN} for action types outside {@link #appliesTo()}. A signal's
 * points MUST NOT exceed {@link RuleParameters#points()}. Implementations MUST be thread-safe.
 */
public interface RiskRule {
  /** The rule's stable name in policy files, in kebab case. */
  String id();

  /** The action types the rule can say something about. */
  Set<ActionType> appliesTo();

  /** The parameters the rule reads, with defaults and ranges. */
  List<ParameterSpec> parameters();

  Finding evaluate(Profile profile, RiskEvent event, EventContext context, RuleParameters params);
}
