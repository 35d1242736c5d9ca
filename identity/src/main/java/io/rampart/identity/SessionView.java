package io.rampart.identity;

import io.rampart.kernel.SessionId;
import java.time.Instant;

/** A session as its owner sees it in the list of their sessions. */
public record SessionView(
    SessionId id,
    Instant createdAt,
    Instant lastSeenAt,
    Instant idleExpiresAt,
    Instant expiresAt,
    String ipAddress,
    String userAgent,
    boolean current) {}
