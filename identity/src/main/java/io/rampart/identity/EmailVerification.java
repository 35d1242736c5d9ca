package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;

/**
 * A pending e-mail verification. Only the SHA-256 of the token is stored.
 *
 * @param usedAt when it was used, or {@code null}
 */
public record EmailVerification(
    String tokenHash, AccountId account, Instant createdAt, Instant expiresAt, Instant usedAt) {}
