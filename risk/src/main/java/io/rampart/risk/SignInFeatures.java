package io.rampart.risk;

import io.rampart.risk.internal.UserAgentFamilies;

/**
 * The {@link FeatureKey}s of one sign-in's features, indexed by {@link Feature#ordinal()}. An
 * unknown value has its own key ({@link FeatureKey#ABSENT}), counted like any other.
 */
public record SignInFeatures(long country, long asn, long ip, long os, long browser, long agent) {

  /**
   * The keys of recently seen user agents. A user agent's three keys take a dozen substring scans
   * and a serial hash of up to {@value EventValidation#MAX_USER_AGENT} characters, yet a few
   * browser builds make most of the traffic. The keys are a function of the text alone, so an entry
   * found here is exactly what computing them gives: the cache changes speed, never a key. Fixed in
   * size (a slot per hash, the newest entry wins) and safe to share: entries are immutable, and a
   * race only loses an entry.
   */
  private static final AgentKeys[] AGENTS = new AgentKeys[256];

  private record AgentKeys(String userAgent, long os, long browser, long agent) {
    static AgentKeys of(String ua) {
      return new AgentKeys(
          ua,
          FeatureKey.of(UserAgentFamilies.operatingSystem(ua)),
          FeatureKey.of(UserAgentFamilies.browser(ua)),
          FeatureKey.of(ua));
    }
  }

  public static SignInFeatures of(String ip, String userAgent, IpFacts facts) {
    AgentKeys a = agentKeys(userAgent);
    return new SignInFeatures(
        facts.country().isPresent() ? FeatureKey.of(facts.country().get()) : FeatureKey.ABSENT,
        facts.asn().isPresent() ? FeatureKey.ofAsn(facts.asn().getAsInt()) : FeatureKey.ABSENT,
        FeatureKey.of(ip),
        a.os(),
        a.browser(),
        a.agent());
  }

  private static AgentKeys agentKeys(String ua) {
    if (ua == null || ua.isEmpty()) {
      return AgentKeys.of(ua);
    }
    int slot = ua.hashCode() & (AGENTS.length - 1);
    AgentKeys cached = AGENTS[slot];
    if (cached != null && cached.userAgent().equals(ua)) {
      return cached;
    }
    AgentKeys computed = AgentKeys.of(ua);
    AGENTS[slot] = computed;
    return computed;
  }

  public long key(Feature feature) {
    return switch (feature) {
      case COUNTRY -> country;
      case ASN -> asn;
      case IP -> ip;
      case OS -> os;
      case BROWSER -> browser;
      case USER_AGENT -> agent;
    };
  }
}
