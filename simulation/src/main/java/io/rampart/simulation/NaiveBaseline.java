package io.rampart.simulation;

import io.rampart.risk.Decision;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SubjectId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The naive baseline the detection report compares the engine with: challenge every action from a
 * device or IP address the account has not used before. An account's first activity enrols its
 * device and address unchallenged (as the engine's new-device rule does), and every action after
 * that teaches the account its device and address, challenged or not. Deposits are never
 * challenged. Not thread-safe.
 */
public final class NaiveBaseline {
  private final Map<SubjectId, Set<String>> known = new HashMap<>();

  /** The baseline's decision for the event; then it learns from it. */
  public Decision decide(RiskEvent event) {
    if (event instanceof RiskEvent.Deposit) {
      return Decision.ALLOW;
    }
    String ip = ip(event);
    String device = deviceId(event);
    Set<String> seen = known.get(event.accountId());
    boolean fresh =
        seen != null
            && ((ip != null && !seen.contains("ip:" + ip))
                || (device != null && !seen.contains("device:" + device)));
    boolean learns = !(event instanceof RiskEvent.SignInAttempt s) || s.success();
    if (learns) {
      Set<String> set = known.computeIfAbsent(event.accountId(), k -> new HashSet<>());
      if (ip != null) {
        set.add("ip:" + ip);
      }
      if (device != null) {
        set.add("device:" + device);
      }
    }
    return fresh ? Decision.CHALLENGE : Decision.ALLOW;
  }

  private static String ip(RiskEvent event) {
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

  private static String deviceId(RiskEvent event) {
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
