package io.rampart.screening.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.ListSource;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.ScreeningPorts;
import io.rampart.screening.internal.lists.ListParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Loads the configured lists and swaps in a new index, while screening goes on against the old one.
 * A list whose documents cannot be read or parsed, or that shrank below the retained share, is
 * refused and its version in force (if any) stays. One reload at a time.
 */
final class Reloader {
  private final ScreeningPorts ports;
  private final ListLoader loader;
  private final Rescreener rescreener;
  private final double minRetainedShare;
  private final Clock clock;
  private final AtomicReference<ScreeningIndex> current =
      new AtomicReference<>(ScreeningIndex.EMPTY);
  private final ReentrantLock lock = new ReentrantLock();

  Reloader(
      ScreeningPorts ports,
      ListLoader loader,
      Rescreener rescreener,
      double minRetainedShare,
      Clock clock) {
    this.ports = ports;
    this.loader = loader;
    this.rescreener = rescreener;
    this.minRetainedShare = minRetainedShare;
    this.clock = clock;
  }

  ScreeningIndex current() {
    return current.get();
  }

  /** The report, or empty if another reload is running. */
  Optional<ReloadReport> reload(List<ListSource> sources, Actor actor, RequestOrigin origin) {
    Set<String> names = new HashSet<>();
    for (ListSource s : sources) {
      if (!names.add(s.name()))
        throw new IllegalArgumentException("two lists are named " + s.name());
    }
    if (!lock.tryLock()) return Optional.empty();
    try {
      ScreeningIndex before = current.get();
      Map<String, LoadedList> next = new LinkedHashMap<>();
      List<ReloadReport.ListReport> reports = new ArrayList<>();
      boolean changed = false;
      for (ListSource source : sources) {
        LoadedList inForce = before.lists().get(source.name());
        try {
          ListLoader.Read read = loader.read(source);
          if (inForce != null && inForce.version().digest().equals(read.digest())) {
            next.put(source.name(), inForce);
            reports.add(new ReloadReport.Unchanged(inForce.version()));
            continue;
          }
          LoadedList loaded = loader.parse(read, clock.instant());
          if (inForce != null
              && loaded.entries().size() < inForce.entries().size() * minRetainedShare) {
            throw new ListParseException(
                "the new version holds "
                    + loaded.entries().size()
                    + " entries, fewer than "
                    + Math.round(minRetainedShare * 100)
                    + "% of the "
                    + inForce.entries().size()
                    + " in force: refused as a probable truncation");
          }
          next.put(source.name(), loaded);
          reports.add(
              new ReloadReport.Loaded(
                  loaded.version(), inForce == null ? null : inForce.version()));
          changed = true;
        } catch (ListParseException e) {
          if (inForce != null) next.put(source.name(), inForce);
          reports.add(
              new ReloadReport.Refused(
                  source.name(), e.problems(), inForce == null ? null : inForce.version()));
        }
      }
      for (LoadedList old : before.lists().values()) {
        if (!names.contains(old.name())) {
          reports.add(new ReloadReport.Dropped(old.version()));
          changed = true;
        }
      }
      if (changed) current.set(new ScreeningIndex(next));
      ReloadReport.Rescreening rescreening = rescreener.reconcile(current.get());
      ReloadReport report = new ReloadReport(reports, rescreening);
      if (changed || report.anyRefused() || actor.kind() != Actor.Kind.SYSTEM)
        audit(report, actor, origin);
      return Optional.of(report);
    } finally {
      lock.unlock();
    }
  }

  private void audit(ReloadReport report, Actor actor, RequestOrigin origin) {
    Map<String, String> data = new LinkedHashMap<>();
    for (ReloadReport.ListReport l : report.lists()) {
      if (data.size() >= 56) break;
      String value =
          switch (l) {
            case ReloadReport.Loaded loaded ->
                "loaded "
                    + loaded.version().version()
                    + " ("
                    + loaded.version().entries()
                    + " entries)";
            case ReloadReport.Unchanged u -> "unchanged " + u.version().version();
            case ReloadReport.Refused r -> "refused: " + String.join("; ", r.problems());
            case ReloadReport.Dropped d -> "dropped";
          };
      data.put("list." + l.list(), value.length() > 1000 ? value.substring(0, 997) + "..." : value);
    }
    ReloadReport.Rescreening r = report.rescreening();
    data.put("rescreened.customers", Integer.toString(r.customers()));
    data.put("rescreened.changedEntries", Integer.toString(r.changedEntries()));
    data.put("rescreened.alertsRaised", Integer.toString(r.alertsRaised()));
    if (r.problem() != null) data.put("rescreened.problem", r.problem());
    ports
        .transactions()
        .run(
            () ->
                ports
                    .audit()
                    .append(new AuditEvent("screening.lists-reloaded", actor, null, origin, data)));
  }
}
