package io.rampart.risk;

import io.rampart.risk.internal.EventFields;
import java.util.Objects;

/**
 * What the engine needs besides the profile and the event, looked up by the caller: facts about the
 * event's IP, the population baseline, and the sign-in attempts of the event's sources across
 * accounts. Supplying these makes rules pure functions. Build it with {@link #of} to hash a
 * sign-in's features and sources once for every rule, the profile update and the counts; {@code
 * features} and {@code sourceKeys} are {@code null} otherwise and computed where needed.
 */
public record EventContext(
    IpFacts ip,
    GlobalFeatureStats global,
    SignInFeatures features,
    SourceStats sources,
    SourceKeys sourceKeys) {
  public EventContext {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(global, "global");
    Objects.requireNonNull(sources, "sources");
  }

  /** A context without source counts ({@link SourceStats#NONE}). */
  public EventContext(IpFacts ip, GlobalFeatureStats global) {
    this(ip, global, null, SourceStats.NONE, null);
  }

  /** A context with the sign-in's features hashed, without source counts. */
  public EventContext(IpFacts ip, GlobalFeatureStats global, SignInFeatures features) {
    this(ip, global, features, SourceStats.NONE, null);
  }

  /**
   * A context for the event without source counts; see {@link #of(RiskEvent, IpFacts,
   * GlobalFeatureStats, SourceStats)}.
   */
  public static EventContext of(RiskEvent event, IpFacts ip, GlobalFeatureStats global) {
    return of(event, ip, global, SourceStats.NONE);
  }

  /**
   * A context for the event, with its sign-in features and sources hashed once if it is a sign-in.
   */
  public static EventContext of(
      RiskEvent event, IpFacts ip, GlobalFeatureStats global, SourceStats sources) {
    if (event instanceof RiskEvent.SignInAttempt s) {
      return new EventContext(
          ip,
          global,
          SignInFeatures.of(s.ip(), s.userAgent(), ip),
          sources,
          SourceKeys.of(s.ip(), ip));
    }
    return new EventContext(ip, global, null, sources, null);
  }

  /**
   * A context for the event with the facts of its client IP (none for events without one) looked up
   * in {@code ips}, without source counts.
   */
  public static EventContext lookup(
      RiskEvent event, IpIntelligence ips, GlobalFeatureStats global) {
    return lookup(event, ips, global, SourceStats.NONE);
  }

  /**
   * A context for the event with the facts of its client IP (none for events without one) looked up
   * in {@code ips}: what a host builds for each event it assesses.
   */
  public static EventContext lookup(
      RiskEvent event, IpIntelligence ips, GlobalFeatureStats global, SourceStats sources) {
    return of(event, ips.lookup(EventFields.ip(event)), global, sources);
  }

  /** The sign-in's features: the precomputed ones, or computed now. */
  public SignInFeatures featuresOf(RiskEvent.SignInAttempt signIn) {
    return features != null ? features : SignInFeatures.of(signIn.ip(), signIn.userAgent(), ip);
  }

  /** The keys of the event's sources: the precomputed ones, or computed now. */
  public SourceKeys sourceKeysOf(RiskEvent event) {
    return sourceKeys != null ? sourceKeys : SourceKeys.of(EventFields.ip(event), ip);
  }
}
