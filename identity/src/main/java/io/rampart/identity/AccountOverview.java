package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;

/** An account's profile and a summary of its security. */
public record AccountOverview(
    AccountId id,
    String email,
    Instant createdAt,
    boolean emailVerified,
    Instant emailVerifiedAt,
    Instant passwordChangedAt,
    long passwordAgeDays,
    int activeSessions) {}
