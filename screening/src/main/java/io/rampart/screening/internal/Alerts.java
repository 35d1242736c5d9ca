package io.rampart.screening.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.AddressHit;
import io.rampart.screening.Alert;
import io.rampart.screening.HitReason;
import io.rampart.screening.NameHit;
import io.rampart.screening.ScreeningPorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns hits on a customer into alerts: one per customer and entry, raised again only when the
 * customer's data or the entry changed since (whatever the earlier alert's status), each audited in
 * the transaction that raises it. Decisions move an open alert to confirmed or dismissed, with the
 * analyst's reason, audited too.
 */
final class Alerts {
  private final ScreeningPorts ports;
  private final Clock clock;
  private final IdGenerator ids;

  Alerts(ScreeningPorts ports, Clock clock, IdGenerator ids) {
    this.ports = ports;
    this.clock = clock;
    this.ids = ids;
  }

  /** What became of one hit: a new alert, or the earlier one with the same key. */
  record Raised(Alert alert, boolean raised) {}

  /** Must run inside the caller's transaction. */
  List<Raised> forNameHits(
      ScreeningIndex index,
      String customerId,
      String screened,
      String customerDigest,
      List<NameHit> hits,
      Actor actor,
      RequestOrigin origin) {
    List<Raised> result = new ArrayList<>(hits.size());
    for (NameHit hit : hits) {
      List<String> reasons = new ArrayList<>();
      for (HitReason r : hit.reasons()) reasons.add(text(r));
      Alert alert =
          open(
              index,
              customerId,
              Alert.Kind.NAME,
              screened,
              hit.list(),
              hit.entryId(),
              hit.listedName(),
              hit.matchedName(),
              hit.score(),
              reasons,
              customerDigest);
      result.add(raise(alert, actor, origin));
    }
    return result;
  }

  /** Must run inside the caller's transaction. */
  List<Raised> forAddressHits(
      ScreeningIndex index,
      String customerId,
      String asset,
      String address,
      List<AddressHit> hits,
      Actor actor,
      RequestOrigin origin) {
    List<Raised> result = new ArrayList<>(hits.size());
    String customerDigest = Digests.ofAddress(asset, address);
    for (AddressHit hit : hits) {
      Alert alert =
          open(
              index,
              customerId,
              Alert.Kind.ADDRESS,
              address,
              hit.list(),
              hit.entryId(),
              hit.listedName() == null ? hit.listedAddress() : hit.listedName(),
              hit.listedAddress(),
              1.0,
              List.of("address " + hit.asset() + " " + hit.listedAddress() + " is listed"),
              customerDigest);
      result.add(raise(alert, actor, origin));
    }
    return result;
  }

  /** A new open alert on the entry as the index holds it now, not yet decided. */
  private Alert open(
      ScreeningIndex index,
      String customerId,
      Alert.Kind kind,
      String screened,
      String list,
      String entryId,
      String listedName,
      String matched,
      double score,
      List<String> reasons,
      String customerDigest) {
    return new Alert(
        ids.newId(),
        customerId,
        kind,
        screened,
        list,
        entryId,
        listedName,
        matched,
        score,
        reasons,
        customerDigest,
        digest(index, list, entryId),
        index.version(list),
        Alert.Status.OPEN,
        clock.instant(),
        null,
        null,
        null);
  }

  private Raised raise(Alert alert, Actor actor, RequestOrigin origin) {
    if (ports.alerts().insertIfNew(alert)) {
      ports
          .audit()
          .append(
              new AuditEvent(
                  "screening.alert-raised",
                  actor,
                  null,
                  origin,
                  Map.of(
                      "alertId", alert.id().toString(),
                      "customerId", alert.customerId(),
                      "kind", alert.kind().name(),
                      "list", alert.list(),
                      "entryId", alert.entryId(),
                      "score", String.format(Locale.ROOT, "%.3f", alert.score()))));
      return new Raised(alert, true);
    }
    Alert earlier =
        ports
            .alerts()
            .findByKey(
                alert.customerId(),
                alert.list(),
                alert.entryId(),
                alert.customerDigest(),
                alert.entryDigest())
            .orElseThrow(
                () ->
                    new IllegalStateException("an alert with this key exists but cannot be found"));
    return new Raised(earlier, false);
  }

  /** The outcome of a decision. */
  sealed interface Decision {
    record Decided(Alert alert) implements Decision {}

    record NotFound() implements Decision {}

    record AlreadyDecided(Alert alert) implements Decision {}
  }

  Decision decide(UUID id, Alert.Status to, String reason, Actor actor, RequestOrigin origin) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<Alert> changed =
                  ports
                      .alerts()
                      .decide(
                          id,
                          to,
                          actor.id() == null ? actor.kind().name() : actor.id(),
                          clock.instant(),
                          reason);
              if (changed.isEmpty()) {
                return ports
                    .alerts()
                    .find(id)
                    .<Decision>map(Decision.AlreadyDecided::new)
                    .orElse(new Decision.NotFound());
              }
              Alert alert = changed.get();
              ports
                  .audit()
                  .append(
                      new AuditEvent(
                          to == Alert.Status.CONFIRMED
                              ? "screening.alert-confirmed"
                              : "screening.alert-dismissed",
                          actor,
                          null,
                          origin,
                          Map.of(
                              "alertId", alert.id().toString(),
                              "customerId", alert.customerId(),
                              "list", alert.list(),
                              "entryId", alert.entryId(),
                              "reason",
                                  reason.length() > 1000 ? reason.substring(0, 1000) : reason)));
              return new Decision.Decided(alert);
            });
  }

  private static String digest(ScreeningIndex index, String list, String entryId) {
    String digest = index.entryDigest(list, entryId);
    return digest == null ? "" : digest;
  }

  static String text(HitReason r) {
    String effect =
        r.factor() == HitReason.Factor.NAME
            ? String.format(Locale.ROOT, "%.3f", r.effect())
            : String.format(Locale.ROOT, "%+.2f", r.effect());
    return r.factor() + " " + effect + ": " + r.detail();
  }
}
