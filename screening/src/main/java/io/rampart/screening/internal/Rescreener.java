package io.rampart.screening.internal;

import io.rampart.audit.Actor;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.Customer;
import io.rampart.screening.ListEntry;
import io.rampart.screening.NameHit;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.ScreeningPorts;
import io.rampart.screening.internal.matching.NameIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens recorded customers again when lists change, against the changed entries only: entries
 * whose digest differs from the one the customers were last screened against ({@link
 * io.rampart.screening.ListStateStore}), new entries included. The reference moves forward only
 * once every customer is done, so a rescreening cut short starts again at the next reload; alerts
 * already raised are not raised twice.
 */
final class Rescreener {
  private static final int PAGE = 500;

  private final ScreeningPorts ports;
  private final NameScreener screener;
  private final Alerts alerts;
  private final double threshold;

  /** List name to the digest of the version customers are known to be screened against. */
  private final Map<String, String> reconciled = new HashMap<>();

  Rescreener(ScreeningPorts ports, NameScreener screener, Alerts alerts, double threshold) {
    this.ports = ports;
    this.screener = screener;
    this.alerts = alerts;
    this.threshold = threshold;
  }

  /** Called with the reload lock held. */
  ReloadReport.Rescreening reconcile(ScreeningIndex index) {
    List<ListEntry> changed = new ArrayList<>();
    Map<String, LoadedList> pending = new LinkedHashMap<>();
    int customers = 0;
    int raised = 0;
    try {
      for (LoadedList list : index.lists().values()) {
        if (list.version().digest().equals(reconciled.get(list.name()))) continue;
        Map<String, String> stored = ports.listStates().digests(list.name());
        for (ListEntry e : list.entries()) {
          if (!list.digests().get(e.entryId()).equals(stored.get(e.entryId()))) changed.add(e);
        }
        pending.put(list.name(), list);
      }
      List<ListEntry> named = changed.stream().filter(e -> !e.names().isEmpty()).toList();
      if (!named.isEmpty()) {
        NameIndex names = NameIndex.build(named);
        String after = null;
        while (true) {
          List<Customer> page = ports.customers().page(after, PAGE);
          if (page.isEmpty()) break;
          for (Customer c : page) {
            customers++;
            List<NameHit> hits = screener.hits(names, c.query(), threshold);
            if (hits == null || hits.isEmpty()) continue;
            raised +=
                ports
                    .transactions()
                    .inTransaction(
                        () ->
                            (int)
                                alerts
                                    .forNameHits(
                                        index,
                                        c.customerId(),
                                        c.query().name(),
                                        c.digest(),
                                        hits,
                                        Actor.SYSTEM,
                                        RequestOrigin.INTERNAL)
                                    .stream()
                                    .filter(Alerts.Raised::raised)
                                    .count());
          }
          after = page.getLast().customerId();
        }
      }
      for (LoadedList list : pending.values()) {
        ports.listStates().replace(list.name(), list.digests());
        reconciled.put(list.name(), list.version().digest());
      }
      return new ReloadReport.Rescreening(changed.size(), customers, raised, null);
    } catch (RuntimeException e) {
      return new ReloadReport.Rescreening(
          changed.size(),
          customers,
          raised,
          "rescreening stopped ("
              + e.getClass().getSimpleName()
              + "); it starts again at the next reload");
    }
  }
}
