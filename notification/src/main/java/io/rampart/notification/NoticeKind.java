package io.rampart.notification;

/** The messages Rampart sends, each with the values its template needs. */
public enum NoticeKind {
  /** Values: {@code link} (the verification URL), {@code expiresAt}. */
  EMAIL_VERIFICATION,
  /** Someone tried to register with an address that already has an account. No values needed. */
  REGISTRATION_ATTEMPT,
  /** Values: {@code ipAddress}, {@code userAgent}, {@code occurredAt}. */
  NEW_SIGN_IN,
  /** Values: {@code ipAddress}, {@code userAgent}, {@code occurredAt}. */
  PASSWORD_CHANGED
}
