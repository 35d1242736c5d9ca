package io.rampart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.screening.AddressHit;
import io.rampart.screening.AddressScreening;
import io.rampart.screening.Alert;
import io.rampart.screening.AnalyticsAnswer;
import io.rampart.screening.BirthDate;
import io.rampart.screening.CustomerScreening;
import io.rampart.screening.HitReason;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListVersion;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.ListedName;
import io.rampart.screening.NameHit;
import io.rampart.screening.NameScreening;
import io.rampart.screening.ReloadReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The JSON forms of screening results: records the API answers with, and how they are built. */
final class ScreeningViews {
  private ScreeningViews() {}

  /** A list in force. */
  public record ListView(
      String name, String version, String digest, int entries, Instant loadedAt) {
    static ListView of(ListVersion v) {
      return new ListView(v.list(), v.version(), v.digest(), v.entries(), v.loadedAt());
    }

    static List<ListView> of(List<ListVersion> versions) {
      return versions.stream().map(ListView::of).toList();
    }
  }

  public record Reason(String factor, double effect, String detail) {
    static Reason of(HitReason r) {
      return new Reason(r.factor().name(), r.effect(), r.detail());
    }
  }

  /** The alert a hit on a recorded customer is under. */
  public record AlertRef(String id, String status, boolean raised) {
    static AlertRef of(CustomerScreening.HitAlert a) {
      return new AlertRef(a.alert().id().toString(), a.alert().status().name(), a.raised());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NameHitView(
      String list,
      String entryId,
      String type,
      String listedName,
      String matchedName,
      double score,
      List<Reason> reasons,
      List<String> programs,
      AlertRef alert) {
    static NameHitView of(NameHit h, AlertRef alert) {
      return new NameHitView(
          h.list(),
          h.entryId(),
          h.type().name().toLowerCase(Locale.ROOT),
          h.listedName(),
          h.matchedName(),
          h.score(),
          h.reasons().stream().map(Reason::of).toList(),
          h.programs(),
          alert);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NameScreeningView(
      String customerId, List<NameHitView> hits, double threshold, List<ListView> lists) {
    static NameScreeningView of(NameScreening s) {
      return new NameScreeningView(
          null,
          s.hits().stream().map(h -> NameHitView.of(h, null)).toList(),
          s.threshold(),
          ListView.of(s.lists()));
    }

    static NameScreeningView of(String customerId, CustomerScreening<NameScreening> c) {
      NameScreening s = c.screening();
      List<NameHitView> hits = new ArrayList<>();
      for (int i = 0; i < s.hits().size(); i++) {
        hits.add(NameHitView.of(s.hits().get(i), AlertRef.of(c.alerts().get(i))));
      }
      return new NameScreeningView(customerId, hits, s.threshold(), ListView.of(s.lists()));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AddressHitView(
      String list,
      String entryId,
      String listedName,
      String asset,
      String listedAddress,
      AlertRef alert) {
    static AddressHitView of(AddressHit h, AlertRef alert) {
      return new AddressHitView(
          h.list(), h.entryId(), h.listedName(), h.asset(), h.listedAddress(), alert);
    }
  }

  /**
   * @param status {@code NOT_CONFIGURED}, {@code UNKNOWN}, {@code RATED} or {@code UNAVAILABLE}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AnalyticsView(
      String status, String provider, Integer risk, String category, String detail) {
    static AnalyticsView of(AnalyticsAnswer a) {
      return switch (a) {
        case AnalyticsAnswer.NotConfigured n ->
            new AnalyticsView("NOT_CONFIGURED", null, null, null, null);
        case AnalyticsAnswer.Unknown u ->
            new AnalyticsView("UNKNOWN", u.provider(), null, null, null);
        case AnalyticsAnswer.Rated r ->
            new AnalyticsView("RATED", r.provider(), r.risk(), r.category(), null);
        case AnalyticsAnswer.Unavailable u ->
            new AnalyticsView("UNAVAILABLE", u.provider(), null, null, u.detail());
      };
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AddressScreeningView(
      String customerId,
      String address,
      String verdict,
      boolean listed,
      List<AddressHitView> hits,
      AnalyticsView analytics,
      List<ListView> lists) {
    static AddressScreeningView of(
        String customerId, AddressScreening s, List<CustomerScreening.HitAlert> alerts) {
      List<AddressHitView> hits = new ArrayList<>();
      for (int i = 0; i < s.hits().size(); i++) {
        hits.add(
            AddressHitView.of(
                s.hits().get(i), alerts.isEmpty() ? null : AlertRef.of(alerts.get(i))));
      }
      return new AddressScreeningView(
          customerId,
          s.address(),
          s.verdict().name(),
          s.listed(),
          hits,
          AnalyticsView.of(s.analytics()),
          ListView.of(s.lists()));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AlertView(
      String id,
      String customerId,
      String kind,
      String screened,
      String list,
      String entryId,
      String listedName,
      String matched,
      double score,
      List<String> reasons,
      String listVersion,
      String status,
      Instant raisedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionReason) {
    static AlertView of(Alert a) {
      return new AlertView(
          a.id().toString(),
          a.customerId(),
          a.kind().name(),
          a.screened(),
          a.list(),
          a.entryId(),
          a.listedName(),
          a.matched(),
          a.score(),
          a.reasons(),
          a.listVersion(),
          a.status().name(),
          a.raisedAt(),
          a.decidedBy(),
          a.decidedAt(),
          a.decisionReason());
    }
  }

  public record Alerts(List<AlertView> alerts) {}

  public record Lists(List<ListView> lists) {}

  public record NameView(String name, String strength) {
    static NameView of(ListedName n) {
      return new NameView(n.name(), n.strength().name());
    }
  }

  public record EntryView(
      String list,
      String entryId,
      String type,
      List<NameView> names,
      List<String> birthDates,
      List<String> nationalities,
      List<String> countries,
      List<String> programs,
      List<String> addresses) {
    static EntryView of(ListEntry e) {
      return new EntryView(
          e.list(),
          e.entryId(),
          e.type().name().toLowerCase(Locale.ROOT),
          e.names().stream().map(NameView::of).toList(),
          e.birthDates().stream().map(BirthDate::toString).toList(),
          List.copyOf(new TreeSet<>(e.nationalities())),
          List.copyOf(new TreeSet<>(e.countries())),
          e.programs(),
          e.addresses().stream().map((ListedAddress a) -> a.asset() + ":" + a.address()).toList());
    }
  }

  /**
   * @param status {@code loaded}, {@code unchanged}, {@code refused} or {@code dropped}
   * @param version the version now in force (for {@code refused}, the one that stays, if any)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ListReportView(
      String list, String status, ListView version, ListView replaced, List<String> problems) {
    static ListReportView of(ReloadReport.ListReport r) {
      return switch (r) {
        case ReloadReport.Loaded l ->
            new ListReportView(
                l.list(),
                "loaded",
                ListView.of(l.version()),
                l.replaced() == null ? null : ListView.of(l.replaced()),
                null);
        case ReloadReport.Unchanged u ->
            new ListReportView(u.list(), "unchanged", ListView.of(u.version()), null, null);
        case ReloadReport.Refused f ->
            new ListReportView(
                f.list(),
                "refused",
                f.inForce() == null ? null : ListView.of(f.inForce()),
                null,
                f.problems());
        case ReloadReport.Dropped d ->
            new ListReportView(d.list(), "dropped", null, ListView.of(d.version()), null);
      };
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RescreeningView(
      int changedEntries, int customers, int alertsRaised, String problem) {}

  public record ReloadView(List<ListReportView> lists, RescreeningView rescreening) {
    static ReloadView of(ReloadReport r) {
      ReloadReport.Rescreening s = r.rescreening();
      return new ReloadView(
          r.lists().stream().map(ListReportView::of).toList(),
          new RescreeningView(s.changedEntries(), s.customers(), s.alertsRaised(), s.problem()));
    }
  }
}
