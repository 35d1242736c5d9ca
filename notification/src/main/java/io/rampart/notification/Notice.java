package io.rampart.notification;

import io.rampart.kernel.AccountId;
import java.util.Map;
import java.util.Objects;

/**
 * A notice to send.
 *
 * @param account the account it concerns, or {@code null} (e.g. a registration attempt)
 * @param recipient the e-mail address to send to
 * @param kind which template
 * @param values the template's values; see {@link NoticeKind}
 */
public record Notice(
    AccountId account, String recipient, NoticeKind kind, Map<String, String> values) {
  public Notice {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** Names the values without showing them: a value may be a one-time link. */
  @Override
  public String toString() {
    return "Notice[account="
        + account
        + ", kind="
        + kind
        + ", values="
        + new java.util.TreeSet<>(values.keySet())
        + "]";
  }
}
