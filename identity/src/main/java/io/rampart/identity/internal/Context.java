package io.rampart.identity.internal;

import io.rampart.audit.AuditEvent;
import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.kernel.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every identity use case works with. */
record Context(
    IdentityPorts ports,
    IdentitySettings settings,
    BoundedHasher hasher,
    PasswordRules rules,
    Tokens tokens,
    Clock clock,
    IdGenerator ids) {

  /**
   * The current time at the precision the database keeps (microseconds), so that what is returned
   * equals what is read back later.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  void audit(AuditEvent event) {
    ports.audit().append(event);
  }
}
