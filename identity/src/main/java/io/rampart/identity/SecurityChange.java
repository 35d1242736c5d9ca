package io.rampart.identity;

import java.util.Locale;

/**
 * Security changes after which withdrawals stay locked for a while ({@link WithdrawalLocks}), so
 * that someone who has just taken over an account cannot empty it at once. The wire name ({@link
 * #wireName()}) is public API and the configuration key.
 */
public enum SecurityChange {
  PASSWORD_RESET,
  PASSWORD_CHANGE,
  EMAIL_CHANGE,
  FACTOR_REMOVAL,
  RECOVERY_CODE_USE,
  WHITELIST_DISABLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
