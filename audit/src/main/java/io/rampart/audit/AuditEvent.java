package io.rampart.audit;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An event to append to the trail.
 *
 * @param type a stable, dotted, past-tense name such as {@code account.registered}
 * @param actor who caused it
 * @param account the account it concerns, or {@code null}
 * @param origin where the request came from
 * @param data further facts as plain strings; never secrets (passwords, tokens, codes)
 */
public record AuditEvent(
    String type, Actor actor, AccountId account, RequestOrigin origin, Map<String, String> data) {
  public AuditEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    origin = origin == null ? RequestOrigin.INTERNAL : origin;
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(data));
  }
}
