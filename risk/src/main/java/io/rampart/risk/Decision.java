package io.rampart.risk;

/** What the policy decides for an action, from least to most friction. */
public enum Decision {
  /** Go ahead. */
  ALLOW,
  /** Step up: ask for a second factor before going ahead. */
  CHALLENGE,
  /** Hold for an analyst. */
  REVIEW,
  /** Refuse. */
  DENY
}
