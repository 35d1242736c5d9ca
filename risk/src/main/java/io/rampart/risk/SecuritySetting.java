package io.rampart.risk;

/** A security setting whose change is reported by {@link RiskEvent.SecuritySettingChange}. */
public enum SecuritySetting {
  PASSWORD,
  PASSWORD_RESET,
  MFA,
  EMAIL,
  PHONE,
  ANTI_PHISHING_CODE
}
