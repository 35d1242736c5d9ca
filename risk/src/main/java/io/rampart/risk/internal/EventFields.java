package io.rampart.risk.internal;

import io.rampart.risk.RiskEvent;

/** The optional fields several event types share, read uniformly. */
public final class EventFields {
  private EventFields() {}

  /** The client IP, or {@code null}. */
  public static String ip(RiskEvent event) {
    return switch (event) {
      case RiskEvent.SignInAttempt e -> e.ip();
      case RiskEvent.SessionActivity e -> e.ip();
      case RiskEvent.WithdrawalRequest e -> e.ip();
      case RiskEvent.AddressBookChange e -> e.ip();
      case RiskEvent.SecuritySettingChange e -> e.ip();
      case RiskEvent.ApiKeyUse e -> e.ip();
      case RiskEvent.Deposit e -> null;
    };
  }

  /** The client device id, or {@code null}. */
  public static String deviceId(RiskEvent event) {
    return switch (event) {
      case RiskEvent.SignInAttempt e -> e.deviceId();
      case RiskEvent.SessionActivity e -> e.deviceId();
      case RiskEvent.WithdrawalRequest e -> e.deviceId();
      case RiskEvent.AddressBookChange e -> e.deviceId();
      case RiskEvent.SecuritySettingChange e -> e.deviceId();
      case RiskEvent.ApiKeyUse e -> null;
      case RiskEvent.Deposit e -> null;
    };
  }
}
