package io.rampart.notification.internal;

import io.rampart.kernel.AccountId;

/**
 * The point where every rendered body is marked as genuinely Rampart's: an account holder who chose
 * an anti-phishing code sees it in each message, and a message without it is not from us. The
 * renderer applies the stamp to every body after its template is filled.
 */
@FunctionalInterface
public interface AntiPhishingStamp {
  /**
   * Returns {@code body} carrying the account's code.
   *
   * @param account the account the message concerns, or {@code null} when there is none (a
   *     registration attempt), in which case there is no code to show
   */
  String stamp(AccountId account, String body);

  /** Leaves every body as rendered: no account has a code yet. */
  AntiPhishingStamp NONE = (account, body) -> body;
}
