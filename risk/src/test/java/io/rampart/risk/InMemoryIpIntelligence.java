package io.rampart.risk;

import java.util.HashMap;
import java.util.Map;

/** {@link IpIntelligence} over facts registered per exact address; thread-safe once filled. */
public final class InMemoryIpIntelligence implements IpIntelligence {
  private final Map<String, IpFacts> facts = new HashMap<>();

  public InMemoryIpIntelligence with(String ip, IpFacts ipFacts) {
    facts.put(ip, ipFacts);
    return this;
  }

  @Override
  public IpFacts lookup(String ip) {
    return ip == null ? IpFacts.UNKNOWN : facts.getOrDefault(ip, IpFacts.UNKNOWN);
  }
}
