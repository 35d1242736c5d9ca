package io.rampart.kernel;

/**
 * The catalogue of stable reason codes. The string form ({@link #name()}) is part of the public
 * API: clients branch on it, so a code is never renamed or reused for another meaning. Codes are
 * grouped by prefix: {@code REQ_} for the request itself, {@code AUTH_} for identity, {@code RISK_}
 * for the risk engine, {@code SCR_} for sanctions screening, {@code SYS_} for Rampart's own state.
 */
public enum ReasonCode {
  REQ_MALFORMED_BODY(ErrorCategory.INVALID_INPUT, "The request body is not well-formed JSON."),
  REQ_INVALID_FIELD(ErrorCategory.INVALID_INPUT, "A field has the wrong type or format."),
  REQ_UNKNOWN_FIELD(ErrorCategory.INVALID_INPUT, "The request has a field that is not accepted."),
  REQ_MISSING_FIELD(ErrorCategory.INVALID_INPUT, "A required field is missing."),
  REQ_FIELD_TOO_LONG(ErrorCategory.INVALID_INPUT, "A field is longer than accepted."),
  REQ_CONTROL_CHARACTERS(ErrorCategory.INVALID_INPUT, "A field contains control characters."),
  REQ_INVALID_EMAIL(ErrorCategory.INVALID_INPUT, "The e-mail address is not valid."),
  REQ_INVALID_PARAMETER(ErrorCategory.INVALID_INPUT, "A path or query parameter is not valid."),
  REQ_BODY_TOO_LARGE(ErrorCategory.TOO_LARGE, "The request body is larger than accepted."),
  REQ_UNSUPPORTED_MEDIA_TYPE(
      ErrorCategory.UNSUPPORTED_FORMAT, "The body's media type is not accepted."),
  REQ_METHOD_NOT_ALLOWED(ErrorCategory.NOT_ALLOWED, "The method is not offered on this resource."),
  REQ_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such resource."),
  REQ_BAD_REQUEST(ErrorCategory.INVALID_INPUT, "The request is malformed."),
  REQ_NOT_ACCEPTABLE(
      ErrorCategory.NOT_ACCEPTABLE,
      "The resource cannot answer in a media type the caller accepts."),

  AUTH_UNAUTHENTICATED(ErrorCategory.UNAUTHENTICATED, "Authentication is required."),
  AUTH_INVALID_CREDENTIALS(
      ErrorCategory.UNAUTHENTICATED, "The e-mail address or password is wrong."),
  AUTH_SESSION_EXPIRED(ErrorCategory.UNAUTHENTICATED, "The session has expired or ended."),
  AUTH_EMAIL_NOT_VERIFIED(ErrorCategory.FORBIDDEN, "The e-mail address has not been verified yet."),
  AUTH_FORBIDDEN(ErrorCategory.FORBIDDEN, "The caller may not do this."),
  AUTH_THROTTLED(ErrorCategory.THROTTLED, "Too many failed attempts: wait before trying again."),
  AUTH_OVERLOADED(ErrorCategory.UNAVAILABLE, "Sign-in is busy: try again shortly."),
  AUTH_PASSWORD_TOO_SHORT(ErrorCategory.INVALID_INPUT, "The password is too short."),
  AUTH_PASSWORD_TOO_LONG(ErrorCategory.INVALID_INPUT, "The password is too long."),
  AUTH_PASSWORD_COMMON(
      ErrorCategory.INVALID_INPUT, "The password is common or known to be breached."),
  AUTH_PASSWORD_WEAK(ErrorCategory.INVALID_INPUT, "The password is too easy to guess."),
  AUTH_PASSWORD_CONTAINS_EMAIL(
      ErrorCategory.INVALID_INPUT, "The password contains the e-mail address."),
  AUTH_PASSWORD_UNCHANGED(ErrorCategory.INVALID_INPUT, "The new password is the current one."),
  AUTH_PASSWORD_INVALID_CHARACTERS(
      ErrorCategory.INVALID_INPUT, "The password contains characters that are not valid text."),
  AUTH_CURRENT_PASSWORD_WRONG(ErrorCategory.FORBIDDEN, "The current password is wrong."),
  AUTH_VERIFICATION_TOKEN_INVALID(
      ErrorCategory.INVALID_INPUT, "The verification link is not valid or was already used."),
  AUTH_VERIFICATION_TOKEN_EXPIRED(
      ErrorCategory.INVALID_INPUT, "The verification link has expired."),
  AUTH_SESSION_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such session."),
  AUTH_STEP_UP_REQUIRED(
      ErrorCategory.UNAUTHENTICATED, "This action needs a fresh proof of a second factor."),
  AUTH_MFA_ENROLMENT_REQUIRED(
      ErrorCategory.FORBIDDEN,
      "This action needs an authenticator app or a passkey on the account."),
  AUTH_MFA_PROOF_INVALID(
      ErrorCategory.UNAUTHENTICATED, "The second-factor code or passkey was not accepted."),
  AUTH_MFA_METHOD_NOT_OFFERED(
      ErrorCategory.INVALID_INPUT, "This challenge does not offer that second-factor method."),
  AUTH_MFA_CHALLENGE_NOT_FOUND(
      ErrorCategory.NOT_FOUND, "No such open challenge: unknown, already completed or not yours."),
  AUTH_MFA_CHALLENGE_EXPIRED(ErrorCategory.INVALID_INPUT, "The challenge has expired."),
  AUTH_MFA_CHALLENGE_VOID(
      ErrorCategory.FORBIDDEN, "Too many wrong proofs: the challenge is void; start again."),
  AUTH_MFA_THROTTLED(
      ErrorCategory.THROTTLED, "Too many wrong second-factor proofs for this account: wait."),
  AUTH_MFA_ALREADY_ENROLLED(
      ErrorCategory.CONFLICT, "An authenticator app is already set up on this account."),
  AUTH_MFA_NO_PENDING_ENROLMENT(
      ErrorCategory.CONFLICT, "There is no authenticator app set-up waiting for confirmation."),
  AUTH_MFA_FACTOR_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such second factor on this account."),
  AUTH_MFA_PASSKEY_INVALID(
      ErrorCategory.INVALID_INPUT, "The passkey response could not be verified."),
  AUTH_MFA_PASSKEY_CLONED(
      ErrorCategory.FORBIDDEN, "The passkey's signature counter went backwards: it may be cloned."),
  AUTH_MFA_FACTOR_PROOF_REQUIRED(
      ErrorCategory.FORBIDDEN,
      "Removing the last second factor needs a proof of a factor or a recovery code."),
  AUTH_TRUSTED_DEVICE_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such trusted device."),

  // Multi-factor authentication, after its security audit (#4).
  AUTH_MFA_TRUST_NOT_ALLOWED(
      ErrorCategory.INVALID_INPUT, "A sign-in with a recovery code cannot trust its device."),
  AUTH_MFA_PASSKEY_USER_HANDLE_REQUIRED(
      ErrorCategory.INVALID_INPUT,
      "A sign-in with a passkey alone needs the user handle the passkey returns."),

  // Service keys: backend systems calling Rampart (#3).
  AUTH_UNKNOWN_SCOPE(ErrorCategory.INVALID_INPUT, "A scope is not one Rampart knows."),
  AUTH_INSUFFICIENT_SCOPE(ErrorCategory.FORBIDDEN, "The service key lacks the scope this needs."),
  AUTH_SERVICE_KEY_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such active service key."),

  RISK_DENIED(ErrorCategory.FORBIDDEN, "The risk engine refused this action."),
  RISK_UNAVAILABLE(
      ErrorCategory.UNAVAILABLE, "The risk engine is busy or cannot record events: retry shortly."),
  RISK_ASSESSMENT_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such assessment."),
  RISK_ALERT_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such open alert."),
  RISK_POLICY_REFUSED(
      ErrorCategory.INVALID_INPUT, "The policy file is not valid; the running policy stays."),

  SCR_INVALID_NAME(ErrorCategory.INVALID_INPUT, "The name cannot be screened."),
  SCR_NAME_TOO_LONG(ErrorCategory.INVALID_INPUT, "The name is longer than screening accepts."),
  SCR_INVALID_COUNTRY(ErrorCategory.INVALID_INPUT, "A country is not an ISO 3166-1 alpha-2 code."),
  SCR_INVALID_BIRTH_DATE(ErrorCategory.INVALID_INPUT, "The birth date is not valid."),
  SCR_INVALID_THRESHOLD(ErrorCategory.INVALID_INPUT, "The threshold is not between 0.5 and 1."),
  SCR_INVALID_ADDRESS(
      ErrorCategory.INVALID_INPUT, "The address is not a valid address of its network."),
  SCR_INVALID_ASSET(ErrorCategory.INVALID_INPUT, "The asset code is not valid."),
  SCR_INVALID_CUSTOMER_ID(ErrorCategory.INVALID_INPUT, "The customer id is not valid."),
  SCR_LISTS_UNAVAILABLE(
      ErrorCategory.UNAVAILABLE, "No sanctions list is in force, so nothing can be screened."),
  SCR_ALERT_NOT_FOUND(ErrorCategory.NOT_FOUND, "No such screening alert."),
  SCR_ALERT_ALREADY_DECIDED(
      ErrorCategory.CONFLICT, "The screening alert was already confirmed or dismissed."),
  SCR_DECISION_REASON_REQUIRED(
      ErrorCategory.INVALID_INPUT, "Confirming or dismissing an alert needs a reason."),
  SCR_RELOAD_IN_PROGRESS(ErrorCategory.CONFLICT, "A reload of the lists is already running."),

  SYS_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "Rampart cannot serve this request right now."),
  SYS_INTERNAL(ErrorCategory.INTERNAL, "Rampart failed to handle this request.");

  private final ErrorCategory category;
  private final String title;

  ReasonCode(ErrorCategory category, String title) {
    this.category = category;
    this.title = title;
  }

  /** The kind of failure, which decides the protocol status. */
  public ErrorCategory category() {
    return category;
  }

  /** A short, human-readable summary that does not change from one occurrence to the next. */
  public String title() {
    return title;
  }
}
