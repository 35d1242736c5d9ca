package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;

/**
 * An account's profile and a summary of its security.
 *
 * @param secondFactor whether the account has an authenticator app or a passkey
 * @param withdrawalLock the withdrawal lock in force after a recent security change, or {@code
 *     null}
 */
public record AccountOverview(
    AccountId id,
    String email,
    Instant createdAt,
    boolean emailVerified,
    Instant emailVerifiedAt,
    Instant passwordChangedAt,
    long passwordAgeDays,
    int activeSessions,
    boolean secondFactor,
    WithdrawalLock withdrawalLock) {}
