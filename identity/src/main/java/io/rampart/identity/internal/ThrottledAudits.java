package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides which throttled refusals to audit: the first refusal of each blocked period of a key, not
 * every one, so a flood of refused attempts neither floods the audit trail (whose appends are
 * serialised) nor the owner's activity. Remembers, per key, until when its refusals were audited; a
 * refusal is audited if one of the keys blocking it is blocked past what was audited, i.e. a new
 * blocked period began. Keeps at most {@link #CAPACITY} keys, forgetting the oldest first (a
 * forgotten key is audited again at its next refusal).
 *
 * <p>Node-local: each server node remembers on its own, so N nodes audit a blocked period at most N
 * times. Thread-safe.
 */
final class ThrottledAudits {
  static final int CAPACITY = 10_000;

  private final Map<String, Instant> auditedUntil =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Audits a throttled refusal of an anonymous caller as {@code type}, with the wait in whole
   * seconds ({@code retryAfterSeconds}) and {@code extra}, in its own transaction, if it is the
   * first of a blocked period ({@link #firstOfPeriod}).
   *
   * @param account the account the attempt named, or {@code null}
   * @return the longest wait of the blocking keys
   */
  Duration refuseAnonymous(
      Context context,
      String type,
      AccountId account,
      RequestOrigin origin,
      Map<String, Instant> blockedUntil,
      Instant now,
      Map<String, String> extra) {
    Duration wait = CountedAttempt.longestWait(blockedUntil, now).orElseThrow();
    if (firstOfPeriod(blockedUntil, now)) {
      Map<String, String> data = new HashMap<>(extra);
      data.put("retryAfterSeconds", Long.toString(CountedAttempt.secondsRoundedUp(wait)));
      context
          .ports()
          .transactions()
          .run(() -> context.audit(new AuditEvent(type, Actor.ANONYMOUS, account, origin, data)));
    }
    return wait;
  }

  /**
   * @param blockedUntil the keys blocking a refused attempt, each with the end of its wait
   * @return whether this refusal is the first of a blocked period of one of those keys
   */
  synchronized boolean firstOfPeriod(Map<String, Instant> blockedUntil, Instant now) {
    boolean first = false;
    for (Map.Entry<String, Instant> blocking : blockedUntil.entrySet()) {
      Instant audited = auditedUntil.get(blocking.getKey());
      if (audited == null || !now.isBefore(audited)) {
        first = true;
        auditedUntil.put(blocking.getKey(), blocking.getValue());
      } else if (blocking.getValue().isAfter(audited)) {
        auditedUntil.put(blocking.getKey(), blocking.getValue());
      }
    }
    return first;
  }
}
