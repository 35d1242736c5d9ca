package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to an account's security settings, as the risk engine learns of it: withdrawals soon
 * after one are riskier.
 *
 * @param changeId unique per change, so a risk event built from it is recorded once
 * @param occurredAt when the change was made
 * @param origin where it was made from
 */
public record SecurityChangeFacts(
    String changeId, AccountId account, Setting setting, Instant occurredAt, RequestOrigin origin) {

  /** Which setting changed. */
  public enum Setting {
    /** Changed while signed in, knowing the old password. */
    PASSWORD,
    /** Set anew through the forgotten-password flow. */
    PASSWORD_RESET,
    MFA,
    EMAIL,
    PHONE,
    ANTI_PHISHING_CODE
  }

  public SecurityChangeFacts {
    Objects.requireNonNull(changeId, "changeId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(origin, "origin");
  }
}
