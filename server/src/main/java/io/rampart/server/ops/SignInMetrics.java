package io.rampart.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.identity.SignInOutcome;
import io.rampart.kernel.ReasonCode;
import org.springframework.stereotype.Component;

/**
 * Sign-in counters: {@code rampart_signin_total{outcome}} and {@code
 * rampart_signin_throttled_total} in Prometheus.
 */
@Component
public final class SignInMetrics {
  private final Counter success;
  private final Counter secondFactorRequired;
  private final Counter invalidCredentials;
  private final Counter emailNotVerified;
  private final Counter throttled;
  private final Counter overloaded;
  private final Counter throttledTotal;

  public SignInMetrics(MeterRegistry registry) {
    this.success = outcome(registry, "success");
    this.secondFactorRequired = outcome(registry, "second_factor_required");
    this.invalidCredentials = outcome(registry, "invalid_credentials");
    this.emailNotVerified = outcome(registry, "email_not_verified");
    this.throttled = outcome(registry, "throttled");
    this.overloaded = outcome(registry, "overloaded");
    this.throttledTotal =
        Counter.builder("rampart.signin.throttled")
            .description("Sign-ins refused because of too many recent failures")
            .register(registry);
  }

  public void record(SignInOutcome outcome) {
    switch (outcome) {
      case SignInOutcome.SignedIn signedIn -> success.increment();
      case SignInOutcome.SecondFactorRequired challenged -> secondFactorRequired.increment();
      case SignInOutcome.Refused(var reason) ->
          (reason == ReasonCode.AUTH_EMAIL_NOT_VERIFIED ? emailNotVerified : invalidCredentials)
              .increment();
      case SignInOutcome.Throttled throttledOutcome -> {
        throttled.increment();
        throttledTotal.increment();
      }
      case SignInOutcome.Overloaded overloadedOutcome -> overloaded.increment();
    }
  }

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("rampart.signin")
        .description("Password sign-ins by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
