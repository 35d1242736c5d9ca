package io.rampart.identity.internal;

import io.rampart.kernel.ReasonCode;

/** The first password rule a password breaks, with advice that never repeats the password. */
record PolicyViolation(ReasonCode reason, String detail) {}
