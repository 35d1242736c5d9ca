package io.rampart.identity;

import java.time.Instant;

/**
 * A trusted device as its owner sees it.
 *
 * @param current whether it is the device of the request that asked
 */
public record TrustedDeviceView(
    TrustedDeviceId id,
    String label,
    String ipAddress,
    Instant createdAt,
    Instant expiresAt,
    boolean current) {}
