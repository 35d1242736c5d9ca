package io.rampart.store;

import io.rampart.audit.AuditStore;
import io.rampart.identity.AccountRepository;
import io.rampart.identity.EmailVerificationRepository;
import io.rampart.identity.MfaPorts;
import io.rampart.identity.ServiceKeyRepository;
import io.rampart.identity.SessionRepository;
import io.rampart.identity.SignInHistory;
import io.rampart.identity.ThrottleStore;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.OutboxStore;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskRecordStore;
import io.rampart.screening.AlertStore;
import io.rampart.screening.CustomerRegistry;
import io.rampart.screening.ListStateStore;
import io.rampart.store.internal.Adapters;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The PostgreSQL adapters of every capability port over one data source, and the {@link
 * TransactionRunner} they share. The schema must be migrated first ({@link Migrations}).
 *
 * <p>The adapters join whatever transaction is bound to the calling thread for this data source,
 * whether started by {@link #transactions()} or by any other Spring transaction manager given the
 * very same {@link DataSource} instance (not a wrapper around it). Thread-safe; the adapters are
 * created once and shared.
 */
public final class PostgresStore {
  private final PlatformTransactionManager transactionManager;
  private final TransactionRunner transactions;
  private final AuditStore auditStore;
  private final OutboxStore outboxStore;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final EmailVerificationRepository emailVerifications;
  private final SignInHistory signInHistory;
  private final ThrottleStore throttles;
  private final ServiceKeyRepository serviceKeys;
  private final RiskRecordStore riskRecords;
  private final RiskAlertStore riskAlerts;
  private final ProfileStore profiles;
  private final FeatureCountStore featureCounts;
  private final AlertStore screeningAlerts;
  private final CustomerRegistry screeningCustomers;
  private final ListStateStore screeningListStates;
  private final MfaPorts mfa;

  /** Uses its own transaction manager over {@code dataSource}. */
  public PostgresStore(DataSource dataSource) {
    this(dataSource, new JdbcTransactionManager(Objects.requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Uses the given transaction manager, which must manage transactions on {@code dataSource} (for
   * example the one the server's Spring context already has).
   */
  public PostgresStore(DataSource dataSource, PlatformTransactionManager transactionManager) {
    Objects.requireNonNull(dataSource, "dataSource");
    this.transactionManager = Objects.requireNonNull(transactionManager, "transactionManager");
    Adapters adapters = new Adapters(dataSource, transactionManager);
    this.transactions = adapters.transactions();
    this.auditStore = adapters.auditStore();
    this.outboxStore = adapters.outboxStore();
    this.accounts = adapters.accounts();
    this.sessions = adapters.sessions();
    this.emailVerifications = adapters.emailVerifications();
    this.signInHistory = adapters.signInHistory();
    this.throttles = adapters.throttles();
    this.serviceKeys = adapters.serviceKeys();
    this.riskRecords = adapters.riskRecords();
    this.riskAlerts = adapters.riskAlerts();
    this.profiles = adapters.profiles();
    this.featureCounts = adapters.featureCounts();
    this.screeningAlerts = adapters.screeningAlerts();
    this.screeningCustomers = adapters.screeningCustomers();
    this.screeningListStates = adapters.screeningListStates();
    this.mfa = adapters.mfa();
  }

  /** Runs work in one database transaction (joining the thread's transaction, if any). */
  public TransactionRunner transactions() {
    return transactions;
  }

  public PlatformTransactionManager transactionManager() {
    return transactionManager;
  }

  public AuditStore auditStore() {
    return auditStore;
  }

  public OutboxStore outboxStore() {
    return outboxStore;
  }

  public AccountRepository accounts() {
    return accounts;
  }

  public SessionRepository sessions() {
    return sessions;
  }

  public EmailVerificationRepository emailVerifications() {
    return emailVerifications;
  }

  public SignInHistory signInHistory() {
    return signInHistory;
  }

  public ThrottleStore throttles() {
    return throttles;
  }

  public ServiceKeyRepository serviceKeys() {
    return serviceKeys;
  }

  public RiskRecordStore riskRecords() {
    return riskRecords;
  }

  public RiskAlertStore riskAlerts() {
    return riskAlerts;
  }

  public ProfileStore profiles() {
    return profiles;
  }

  public FeatureCountStore featureCounts() {
    return featureCounts;
  }

  /** Authenticator apps, passkeys, recovery codes, challenges, elevations, devices and locks. */
  public MfaPorts mfa() {
    return mfa;
  }

  public AlertStore screeningAlerts() {
    return screeningAlerts;
  }

  public CustomerRegistry screeningCustomers() {
    return screeningCustomers;
  }

  public ListStateStore screeningListStates() {
    return screeningListStates;
  }
}
