package io.rampart.store.internal;

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
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the adapters over one data source and transaction manager. Only {@code
 * io.rampart.store.PostgresStore} uses this; everything else in the package stays hidden.
 */
public final class Adapters {
  private static final int STREAMING_FETCH_SIZE = 500;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final JdbcTemplate batch;
  private final PlatformTransactionManager transactionManager;

  public Adapters(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = JdbcClient.create(dataSource);
    JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
    streamingTemplate.setFetchSize(STREAMING_FETCH_SIZE);
    this.streaming = JdbcClient.create(streamingTemplate);
    this.batch = new JdbcTemplate(dataSource);
    this.transactionManager = transactionManager;
  }

  public TransactionRunner transactions() {
    return new SpringTransactionRunner(transactionManager);
  }

  public AuditStore auditStore() {
    return new PostgresAuditStore(jdbc, streaming, transactionManager);
  }

  public OutboxStore outboxStore() {
    return new PostgresOutboxStore(jdbc, transactionManager);
  }

  public AccountRepository accounts() {
    return new PostgresAccountRepository(jdbc);
  }

  public SessionRepository sessions() {
    return new PostgresSessionRepository(jdbc);
  }

  public EmailVerificationRepository emailVerifications() {
    return new PostgresEmailVerificationRepository(jdbc);
  }

  public SignInHistory signInHistory() {
    return new PostgresSignInHistory(jdbc);
  }

  public ThrottleStore throttles() {
    return new PostgresThrottleStore(jdbc);
  }

  public ServiceKeyRepository serviceKeys() {
    return new PostgresServiceKeyRepository(jdbc);
  }

  public RiskRecordStore riskRecords() {
    return new PostgresRiskRecordStore(jdbc, streaming, batch, transactionManager);
  }

  public RiskAlertStore riskAlerts() {
    return new PostgresRiskAlertStore(jdbc, batch, transactionManager);
  }

  public ProfileStore profiles() {
    return new PostgresProfileStore(jdbc, batch);
  }

  public FeatureCountStore featureCounts() {
    return new PostgresFeatureCountStore(jdbc, streaming, transactionManager);
  }

  public MfaPorts mfa() {
    return new MfaPorts(
        new PostgresTotpRepository(jdbc),
        new PostgresPasskeyRepository(jdbc),
        new PostgresRecoveryCodeRepository(jdbc),
        new PostgresChallengeRepository(jdbc),
        new PostgresTrustedDeviceRepository(jdbc),
        new PostgresElevationRepository(jdbc),
        new PostgresWithdrawalLockRepository(jdbc));
  }

  public AlertStore screeningAlerts() {
    return new PostgresAlertStore(jdbc);
  }

  public CustomerRegistry screeningCustomers() {
    return new PostgresCustomerRegistry(jdbc);
  }

  public ListStateStore screeningListStates() {
    return new PostgresListStateStore(jdbc, transactionManager);
  }
}
