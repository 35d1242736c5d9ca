package io.rampart.notification;

/** The messages Rampart sends, each with the values its template needs. */
public enum NoticeKind {
  /** Values: {@code link} (the verification URL), {@code expiresAt}. */
  EMAIL_VERIFICATION,
  /**
   * Someone tried to register with an address that already has a verified account. No values
   * needed.
   */
  REGISTRATION_ATTEMPT,
  /**
   * Someone tried to register with an address whose account is not verified yet and still has a
   * live verification link. Values: {@code expiresAt} (when that link expires; from then on the
   * address can be registered again).
   */
  REGISTRATION_PENDING,
  /** Values: {@code ipAddress}, {@code userAgent}, {@code occurredAt}. */
  NEW_SIGN_IN,
  /**
   * A sign-in that the risk engine found unusual (it would have asked for a second factor, or an
   * analyst will look at it). Values: {@code ipAddress}, {@code userAgent}, {@code occurredAt}.
   */
  UNUSUAL_SIGN_IN,
  /** Values: {@code ipAddress}, {@code userAgent}, {@code occurredAt}. */
  PASSWORD_CHANGED,
  /**
   * A one-time code to confirm an action. Values: {@code code} (6 digits, a secret), {@code
   * expiresAt}, {@code action} (the action's wire name).
   */
  MFA_EMAIL_CODE,
  /**
   * A second factor was added. Values: {@code method} (its description without an article, such as
   * {@code authenticator app}), {@code ipAddress}, {@code userAgent}, {@code occurredAt}.
   */
  SECOND_FACTOR_ADDED,
  /** A second factor was removed. Values as for {@link #SECOND_FACTOR_ADDED}. */
  SECOND_FACTOR_REMOVED,
  /**
   * A recovery code was used. Values: {@code remaining} (unused codes left), {@code ipAddress},
   * {@code userAgent}, {@code occurredAt}.
   */
  RECOVERY_CODE_USED,
  /**
   * New recovery codes replaced the old ones. Values: {@code ipAddress}, {@code userAgent}, {@code
   * occurredAt}.
   */
  RECOVERY_CODES_REPLACED
}
