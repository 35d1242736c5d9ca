package io.rampart.server.cli;

import io.rampart.risk.Assessment;
import io.rampart.risk.EventContext;
import io.rampart.risk.GlobalFeatureCounts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.Policy;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SourceCounts;
import io.rampart.risk.SubjectId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The risk engine run over a sequence of events the way the server runs it, on profiles that start
 * empty: per event, look its IP up, assess it under the policy, then learn from it (the account's
 * profile, the population counts and the attempts per source). An event id seen before is skipped,
 * as the server ignores a re-sent event. Deterministic: the same events in the same order give the
 * same assessments. Not thread-safe.
 */
final class Replay {
  private final RiskEngine engine = new RiskEngine();
  private final Policy policy;
  private final IpIntelligence ips;
  private final GlobalFeatureCounts global = new GlobalFeatureCounts();
  private final SourceCounts sources = new SourceCounts();
  private final Map<SubjectId, Profile> profiles = new HashMap<>();
  private final Set<String> eventIds = new HashSet<>();

  Replay(Policy policy, IpIntelligence ips) {
    this.policy = policy;
    this.ips = ips;
  }

  /** The event's assessment, after which the engine has learnt from it; empty for a repeat. */
  Optional<Assessment> next(RiskEvent event) {
    if (!eventIds.add(event.eventId())) {
      return Optional.empty();
    }
    Profile before = profiles.getOrDefault(event.accountId(), Profile.EMPTY);
    EventContext context = EventContext.lookup(event, ips, global, sources);
    Assessment assessment = engine.assess(before, event, context, policy);
    profiles.put(event.accountId(), engine.observe(before, event, context));
    global.observe(event, context);
    sources.observe(event, context);
    return Optional.of(assessment);
  }

  int accounts() {
    return profiles.size();
  }
}
