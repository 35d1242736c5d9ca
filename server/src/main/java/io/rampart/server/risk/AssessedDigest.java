package io.rampart.server.risk;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.risk.Decision;
import io.rampart.risk.RecordedAssessment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of recorded assessments adds to the audit trail: one {@code risk.assessed} record with
 * their number, first and last ids, decisions, alerts, and a SHA-256 over each assessment's id,
 * sender, event id, account, position, decision, score and policy version, so changing a stored
 * assessment afterwards shows against the chain. Not thread-safe.
 */
final class AssessedDigest {
  static final String TYPE = "risk.assessed";

  private MessageDigest digest = sha256();
  private final Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
  private int count;
  private int alerts;
  private String first;
  private String last;

  void add(List<RecordedAssessment> records, int raised) {
    for (RecordedAssessment r : records) {
      String line =
          r.id()
              + "|"
              + r.key().sender()
              + "|"
              + r.key().eventId()
              + "|"
              + r.account()
              + "|"
              + r.accountSeq()
              + "|"
              + r.enforced().decision()
              + "|"
              + r.enforced().score()
              + "|"
              + r.enforced().policyVersion()
              + "\n";
      digest.update(line.getBytes(StandardCharsets.UTF_8));
      decisions.merge(r.enforced().decision(), 1, Integer::sum);
      if (first == null) {
        first = r.id().toString();
      }
      last = r.id().toString();
      count++;
    }
    alerts += raised;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /**
   * @param recovered whether these assessments were recorded before a crash and audited at the next
   *     start
   */
  AuditEvent event(boolean recovered) {
    Map<String, String> data = new TreeMap<>();
    data.put("count", Integer.toString(count));
    data.put("first", first);
    data.put("last", last);
    data.put("alerts", Integer.toString(alerts));
    data.put("digest", HexFormat.of().formatHex(((MessageDigest) clone(digest)).digest()));
    decisions.forEach((d, n) -> data.put(d.name().toLowerCase(Locale.ROOT), n.toString()));
    if (recovered) {
      data.put("recovered", "true");
    }
    return new AuditEvent(TYPE, Actor.SYSTEM, null, null, data);
  }

  void clear() {
    digest = sha256();
    decisions.clear();
    count = 0;
    alerts = 0;
    first = null;
    last = null;
  }

  private static Object clone(MessageDigest digest) {
    try {
      return digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
