package io.rampart.screening.internal;

import io.rampart.audit.Actor;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.AddressQuery;
import io.rampart.screening.AddressScreening;
import io.rampart.screening.Alert;
import io.rampart.screening.Customer;
import io.rampart.screening.CustomerScreening;
import io.rampart.screening.DecisionOutcome;
import io.rampart.screening.ListSource;
import io.rampart.screening.ListVersion;
import io.rampart.screening.NameQuery;
import io.rampart.screening.NameScreening;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.screening.ScreeningPorts;
import io.rampart.screening.ScreeningSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The screening use cases behind {@link io.rampart.screening.Screening}. Thread-safe. */
public final class ScreeningService {
  /** The longest customer id accepted. */
  public static final int MAX_CUSTOMER_ID = 128;

  /** The longest decision reason accepted. */
  public static final int MAX_REASON = 1000;

  private final ScreeningPorts ports;
  private final ScreeningSettings settings;
  private final NameScreener names;
  private final AddressScreener addresses;
  private final Alerts alerts;
  private final Reloader reloader;

  public ScreeningService(
      ScreeningPorts ports, ScreeningSettings settings, Clock clock, IdGenerator ids) {
    this.ports = ports;
    this.settings = settings;
    this.names = new NameScreener(settings, clock);
    this.addresses = new AddressScreener(ports.analytics(), settings.reviewRisk());
    this.alerts = new Alerts(ports, clock, ids);
    this.reloader =
        new Reloader(
            ports,
            new ListLoader(settings.maxDocumentBytes()),
            new Rescreener(ports, names, alerts, settings.threshold()),
            settings.minRetainedShare(),
            clock);
  }

  public ScreeningOutcome<NameScreening> screenName(NameQuery query, double threshold) {
    ScreeningOutcome.Rejected<NameScreening> problem = names.problem(query, threshold);
    if (problem != null) return problem;
    ScreeningIndex index = reloader.current();
    if (index.isEmpty()) return new ScreeningOutcome.Unavailable<>();
    NameScreening screening = names.screen(index, query, threshold);
    if (screening == null) {
      return new ScreeningOutcome.Rejected<>(
          ReasonCode.SCR_INVALID_NAME,
          "The name holds no letters or digits to compare (titles such as Mr or Dr are not compared).");
    }
    return new ScreeningOutcome.Screened<>(screening);
  }

  public ScreeningOutcome<CustomerScreening<NameScreening>> screenCustomer(
      String customerId, NameQuery query, Actor actor, RequestOrigin origin) {
    String problem = customerIdProblem(customerId);
    if (problem != null)
      return new ScreeningOutcome.Rejected<>(ReasonCode.SCR_INVALID_CUSTOMER_ID, problem);
    ScreeningOutcome.Rejected<NameScreening> invalid = names.problem(query, settings.threshold());
    if (invalid != null) return new ScreeningOutcome.Rejected<>(invalid.reason(), invalid.detail());
    ScreeningIndex index = reloader.current();
    if (index.isEmpty()) return new ScreeningOutcome.Unavailable<>();
    NameScreening screening = names.screen(index, query, settings.threshold());
    if (screening == null) {
      return new ScreeningOutcome.Rejected<>(
          ReasonCode.SCR_INVALID_NAME,
          "The name holds no letters or digits to compare (titles such as Mr or Dr are not compared).");
    }
    Customer customer = new Customer(customerId, query, Digests.of(query));
    List<Alerts.Raised> raised =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  ports.customers().record(customer);
                  return alerts.forNameHits(
                      index,
                      customerId,
                      query.name(),
                      customer.digest(),
                      screening.hits(),
                      actor,
                      origin);
                });
    return new ScreeningOutcome.Screened<>(new CustomerScreening<>(screening, hitAlerts(raised)));
  }

  public ScreeningOutcome<AddressScreening> screenAddress(AddressQuery query) {
    ScreeningOutcome.Rejected<AddressScreening> problem = addresses.problem(query);
    if (problem != null) return problem;
    ScreeningIndex index = reloader.current();
    if (index.isEmpty()) return new ScreeningOutcome.Unavailable<>();
    return new ScreeningOutcome.Screened<>(addresses.screen(index, query));
  }

  public ScreeningOutcome<CustomerScreening<AddressScreening>> screenCustomerAddress(
      String customerId, AddressQuery query, Actor actor, RequestOrigin origin) {
    String problem = customerIdProblem(customerId);
    if (problem != null)
      return new ScreeningOutcome.Rejected<>(ReasonCode.SCR_INVALID_CUSTOMER_ID, problem);
    ScreeningOutcome.Rejected<AddressScreening> invalid = addresses.problem(query);
    if (invalid != null) return new ScreeningOutcome.Rejected<>(invalid.reason(), invalid.detail());
    ScreeningIndex index = reloader.current();
    if (index.isEmpty()) return new ScreeningOutcome.Unavailable<>();
    AddressScreening screening = addresses.screen(index, query);
    if (screening.hits().isEmpty())
      return new ScreeningOutcome.Screened<>(new CustomerScreening<>(screening, List.of()));
    List<Alerts.Raised> raised =
        ports
            .transactions()
            .inTransaction(
                () ->
                    alerts.forAddressHits(
                        index,
                        customerId,
                        AddressScreener.asset(query),
                        screening.address(),
                        screening.hits(),
                        actor,
                        origin));
    return new ScreeningOutcome.Screened<>(new CustomerScreening<>(screening, hitAlerts(raised)));
  }

  public DecisionOutcome decide(
      UUID alertId, Alert.Status to, String reason, Actor actor, RequestOrigin origin) {
    if (to == Alert.Status.OPEN)
      throw new IllegalArgumentException("a decision confirms or dismisses");
    if (reason == null || reason.isBlank()) {
      return new DecisionOutcome.Rejected(
          ReasonCode.SCR_DECISION_REASON_REQUIRED,
          "Say why the alert is " + (to == Alert.Status.CONFIRMED ? "confirmed." : "dismissed."));
    }
    if (reason.length() > MAX_REASON) {
      return new DecisionOutcome.Rejected(
          ReasonCode.REQ_FIELD_TOO_LONG, "A reason is at most " + MAX_REASON + " characters.");
    }
    return switch (alerts.decide(alertId, to, reason.strip(), actor, origin)) {
      case Alerts.Decision.Decided d -> new DecisionOutcome.Decided(d.alert());
      case Alerts.Decision.NotFound n ->
          new DecisionOutcome.Rejected(ReasonCode.SCR_ALERT_NOT_FOUND, "No alert " + alertId + ".");
      case Alerts.Decision.AlreadyDecided a ->
          new DecisionOutcome.Rejected(
              ReasonCode.SCR_ALERT_ALREADY_DECIDED,
              "The alert was already "
                  + a.alert().status().name().toLowerCase(java.util.Locale.ROOT)
                  + ".");
    };
  }

  public Optional<ReloadReport> reload(
      List<ListSource> sources, Actor actor, RequestOrigin origin) {
    return reloader.reload(sources, actor, origin);
  }

  public Optional<io.rampart.screening.ListEntry> entry(String list, String entryId) {
    LoadedList l = reloader.current().lists().get(list);
    if (l == null || entryId == null) return Optional.empty();
    return l.entries().stream().filter(e -> e.entryId().equals(entryId)).findFirst();
  }

  public List<io.rampart.screening.ListEntry> entries(String list) {
    LoadedList l = reloader.current().lists().get(list);
    return l == null ? List.of() : l.entries();
  }

  public List<ListVersion> lists() {
    return reloader.current().versions();
  }

  /** Approximate heap bytes of the name index in force, and its name and address counts. */
  public long[] indexFigures() {
    ScreeningIndex index = reloader.current();
    return new long[] {
      index.names().approximateBytes(), index.names().nameCount(), index.addressCount()
    };
  }

  private static String customerIdProblem(String customerId) {
    if (customerId == null || customerId.isBlank()) return "The customer id is empty.";
    if (customerId.length() > MAX_CUSTOMER_ID)
      return "A customer id is at most " + MAX_CUSTOMER_ID + " characters.";
    for (int i = 0; i < customerId.length(); i++) {
      char c = customerId.charAt(i);
      if (Character.isISOControl(c)
          || Character.isSurrogate(c)
          || Character.isWhitespace(c) && c != ' ') {
        return "A customer id is printable text without control characters.";
      }
    }
    return null;
  }

  private static List<CustomerScreening.HitAlert> hitAlerts(List<Alerts.Raised> raised) {
    List<CustomerScreening.HitAlert> result = new ArrayList<>(raised.size());
    for (Alerts.Raised r : raised)
      result.add(new CustomerScreening.HitAlert(r.alert(), r.raised()));
    return result;
  }
}
