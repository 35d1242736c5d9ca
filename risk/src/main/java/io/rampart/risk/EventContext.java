package io.rampart.risk;

import io.rampart.risk.internal.EventFields;
import java.util.Objects;

/**
 * What the engine needs besides the profile and the event, looked up by the caller: facts about the
 * event's IP, and the population baseline. Supplying these makes rules pure functions. Build it
 * with {@link #of} to hash a sign-in's features once for every rule, the profile update and the
 * global counts; {@code features} is {@code null} otherwise and computed where needed.
 */
public record EventContext(IpFacts ip, GlobalFeatureStats global, SignInFeatures features) {
  public EventContext {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(global, "global");
  }

  public EventContext(IpFacts ip, GlobalFeatureStats global) {
    this(ip, global, null);
  }

  /** A context for the event, with its sign-in features hashed once if it is a sign-in. */
  public static EventContext of(RiskEvent event, IpFacts ip, GlobalFeatureStats global) {
    return new EventContext(
        ip,
        global,
        event instanceof RiskEvent.SignInAttempt s
            ? SignInFeatures.of(s.ip(), s.userAgent(), ip)
            : null);
  }

  /**
   * A context for the event with the facts of its client IP (none for events without one) looked up
   * in {@code ips}: what a host builds for each event it assesses.
   */
  public static EventContext lookup(
      RiskEvent event, IpIntelligence ips, GlobalFeatureStats global) {
    return of(event, ips.lookup(EventFields.ip(event)), global);
  }

  /** The sign-in's features: the precomputed ones, or computed now. */
  public SignInFeatures featuresOf(RiskEvent.SignInAttempt signIn) {
    return features != null ? features : SignInFeatures.of(signIn.ip(), signIn.userAgent(), ip);
  }
}
