package io.rampart.risk;

import io.rampart.risk.internal.UserAgentFamilies;

/**
 * The {@link FeatureKey}s of one sign-in's features, indexed by {@link Feature#ordinal()}. An
 * unknown value has its own key ({@link FeatureKey#ABSENT}), counted like any other.
 */
public record SignInFeatures(long country, long asn, long ip, long os, long browser, long agent) {

  public static SignInFeatures of(String ip, String userAgent, IpFacts facts) {
    return new SignInFeatures(
        facts.country().map(FeatureKey::of).orElse(FeatureKey.ABSENT),
        facts.asn().isPresent() ? FeatureKey.ofAsn(facts.asn().getAsInt()) : FeatureKey.ABSENT,
        FeatureKey.of(ip),
        FeatureKey.of(UserAgentFamilies.operatingSystem(userAgent)),
        FeatureKey.of(UserAgentFamilies.browser(userAgent)),
        FeatureKey.of(userAgent));
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
