package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.MfaPorts;
import io.rampart.identity.MfaSettings;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** What every identity use case works with. */
record Context(
    IdentityPorts ports,
    MfaPorts mfaPorts,
    IdentitySettings settings,
    MfaSettings mfa,
    BoundedHasher hasher,
    PasswordRules rules,
    Tokens tokens,
    MfaKeys keys,
    SecureRandom random,
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

  /** Audits something the account holder did to their own account. */
  void auditOwn(AccountId account, String type, RequestOrigin origin, Map<String, String> data) {
    audit(new AuditEvent(type, Actor.account(account), account, origin, data));
  }
}
