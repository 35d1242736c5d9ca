package io.rampart.screening;

import io.rampart.audit.Actor;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import io.rampart.screening.internal.ScreeningService;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sanctions and on-chain address screening: the facade every other capability calls.
 *
 * <ul>
 *   <li>{@link #screenName} and {@link #screenAddress} answer at once and write nothing: for checks
 *       that are not about a recorded customer (a Travel Rule counterparty, a one-off look up).
 *   <li>{@link #screenCustomer} and {@link #screenCustomerAddress} also record the customer and
 *       raise an alert per hit, for an analyst to {@link #decide}; KYC, the whitelist and the
 *       withdrawal flow call these.
 *   <li>{@link #reload} loads the configured lists, swaps them in without pausing screening, and
 *       screens recorded customers again against what changed.
 * </ul>
 *
 * <p>Thread-safe. Screening never reads a clock or does I/O; reloading reads the lists' documents
 * through {@link ListDocument}, and alerts are written through the ports, each with its audit
 * record in one transaction.
 */
public final class Screening {
  private final ScreeningService service;
  private final ScreeningSettings settings;
  private final ScreeningPorts ports;

  public Screening(ScreeningPorts ports, ScreeningSettings settings, Clock clock, IdGenerator ids) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    this.service = new ScreeningService(ports, settings, clock, ids);
  }

  public ScreeningSettings settings() {
    return settings;
  }

  /** Screens a name at the configured threshold. */
  public ScreeningOutcome<NameScreening> screenName(NameQuery query) {
    return screenName(query, settings.threshold());
  }

  /**
   * Screens a name at another threshold (0.5 to 1), for investigations that want the near misses
   * too.
   */
  public ScreeningOutcome<NameScreening> screenName(NameQuery query, double threshold) {
    return service.screenName(Objects.requireNonNull(query, "query"), threshold);
  }

  /**
   * Screens a customer's name at the configured threshold, records the customer (so a list change
   * screens them again), and raises an alert per hit unless an alert for the same customer data and
   * entry exists already (open, confirmed or dismissed).
   *
   * @param customerId the exchange's identifier for the customer, 1 to 128 printable characters
   */
  public ScreeningOutcome<CustomerScreening<NameScreening>> screenCustomer(
      String customerId, NameQuery query, Actor actor, RequestOrigin origin) {
    return service.screenCustomer(
        customerId,
        Objects.requireNonNull(query, "query"),
        Objects.requireNonNull(actor, "actor"),
        origin == null ? RequestOrigin.INTERNAL : origin);
  }

  /** Screens a digital-currency address against the lists and the analytics provider. */
  public ScreeningOutcome<AddressScreening> screenAddress(AddressQuery query) {
    return service.screenAddress(Objects.requireNonNull(query, "query"));
  }

  /**
   * Screens an address a customer uses (a whitelist entry, a withdrawal destination, a deposit
   * source) and raises an alert per list hit, as {@link #screenCustomer} does for names.
   */
  public ScreeningOutcome<CustomerScreening<AddressScreening>> screenCustomerAddress(
      String customerId, AddressQuery query, Actor actor, RequestOrigin origin) {
    return service.screenCustomerAddress(
        customerId,
        Objects.requireNonNull(query, "query"),
        Objects.requireNonNull(actor, "actor"),
        origin == null ? RequestOrigin.INTERNAL : origin);
  }

  /**
   * Confirms or dismisses an open alert.
   *
   * @param to {@link Alert.Status#CONFIRMED} or {@link Alert.Status#DISMISSED}
   * @param reason why, 1 to 1,000 characters; kept with the alert and audited
   */
  public DecisionOutcome decide(
      UUID alertId, Alert.Status to, String reason, Actor actor, RequestOrigin origin) {
    return service.decide(
        Objects.requireNonNull(alertId, "alertId"),
        Objects.requireNonNull(to, "to"),
        reason,
        Objects.requireNonNull(actor, "actor"),
        origin == null ? RequestOrigin.INTERNAL : origin);
  }

  public Optional<Alert> alert(UUID alertId) {
    return ports.alerts().find(alertId);
  }

  /**
   * Alerts, newest first.
   *
   * @param status only these, or {@code null} for all
   * @param customerId only this customer's, or {@code null} for all
   */
  public List<Alert> alerts(Alert.Status status, String customerId, int limit) {
    return ports.alerts().list(status, customerId, limit);
  }

  /**
   * Loads {@code sources} and puts them in force: lists that loaded replace their old versions,
   * refused ones keep theirs, lists no longer named are dropped. Then screens recorded customers
   * against the entries that changed. Screening goes on meanwhile, against the lists in force.
   *
   * @return the report, or empty if another reload is running
   * @throws IllegalArgumentException if two sources share a name
   */
  public Optional<ReloadReport> reload(
      List<ListSource> sources, Actor actor, RequestOrigin origin) {
    return service.reload(
        List.copyOf(sources),
        Objects.requireNonNull(actor, "actor"),
        origin == null ? RequestOrigin.INTERNAL : origin);
  }

  /** An entry of a list in force, as loaded: what an analyst reviews an alert against. */
  public Optional<ListEntry> entry(String list, String entryId) {
    return service.entry(list, entryId);
  }

  /** Every entry of a list in force, in the list's order; empty if the list is not in force. */
  public List<ListEntry> entries(String list) {
    return service.entries(list);
  }

  /** The lists in force, with their versions, in configuration order. */
  public List<ListVersion> lists() {
    return service.lists();
  }

  /**
   * Figures about the index in force: approximate heap bytes of the name index, the number of names
   * (aliases included) and of distinct addresses.
   */
  public IndexFigures indexFigures() {
    long[] f = service.indexFigures();
    return new IndexFigures(f[0], (int) f[1], (int) f[2]);
  }

  /** See {@link #indexFigures()}. */
  public record IndexFigures(long nameIndexBytes, int names, int addresses) {}
}
