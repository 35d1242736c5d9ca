package io.rampart.identity.internal;

import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.Map;

/** Template values shared by the notices identity sends. */
final class Notices {
  static final String UNKNOWN = "unknown";

  private Notices() {}

  /**
   * {@code ipAddress}, {@code userAgent} and {@code occurredAt}, with "unknown" for absent ones.
   */
  static Map<String, String> originValues(RequestOrigin origin, Instant at) {
    return Map.of(
        "ipAddress", origin.ipAddress() == null ? UNKNOWN : origin.ipAddress(),
        "userAgent", origin.userAgent() == null ? UNKNOWN : origin.userAgent(),
        "occurredAt", at.toString());
  }
}
