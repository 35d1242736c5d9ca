package io.rampart.kernel;

/**
 * The few kinds of failure a caller must tell apart. Exactly one class in the server maps these to
 * HTTP statuses; capability code never names a status.
 */
public enum ErrorCategory {
  /** The request is malformed or breaks a rule about its content. */
  INVALID_INPUT,
  /** The caller is not (or no longer) authenticated. */
  UNAUTHENTICATED,
  /** The caller is authenticated but may not do this. */
  FORBIDDEN,
  /** The thing named does not exist (or is not the caller's to see). */
  NOT_FOUND,
  /** The operation is not offered on this resource. */
  NOT_ALLOWED,
  /** The request conflicts with the current state. */
  CONFLICT,
  /** The request body is larger than accepted. */
  TOO_LARGE,
  /** The request body is in a format that is not accepted. */
  UNSUPPORTED_FORMAT,
  /** The caller accepts no format the answer can be given in. */
  NOT_ACCEPTABLE,
  /** Too many attempts: retry later. */
  THROTTLED,
  /** Rampart cannot serve the request right now: retry later. */
  UNAVAILABLE,
  /** A broken invariant inside Rampart. */
  INTERNAL
}
