package io.rampart.server.wiring;

import io.rampart.audit.AuditStore;
import io.rampart.identity.AccountRepository;
import io.rampart.identity.EmailVerificationRepository;
import io.rampart.identity.MfaPorts;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.ServiceKeyRepository;
import io.rampart.identity.SessionRepository;
import io.rampart.identity.SignInHistory;
import io.rampart.identity.ThrottleStore;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.OutboxStore;
import io.rampart.screening.AlertStore;
import io.rampart.screening.CustomerRegistry;
import io.rampart.screening.ListStateStore;
import io.rampart.server.config.RampartProperties;
import io.rampart.store.ConnectionPool;
import io.rampart.store.EmbeddedDatabase;
import io.rampart.store.Migrations;
import io.rampart.store.PostgresStore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * The database and the store's adapters. With {@code rampart.db.url} set, Rampart connects to that
 * PostgreSQL; otherwise it starts its embedded PostgreSQL under {@code <data dir>/postgres} before
 * anything uses the database, and stops it after the connection pool is closed. The schema is
 * migrated before any adapter exists.
 */
@Configuration(proxyBeanMethods = false)
public class StoreWiring {
  private static final Logger log = LoggerFactory.getLogger(StoreWiring.class);

  /** Whether an external database URL is configured. */
  static final class ExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("rampart.db.url"));
    }
  }

  /** The opposite of {@link ExternalDatabase}. */
  static final class EmbeddedDatabaseWanted implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !new ExternalDatabase().matches(context, metadata);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(EmbeddedDatabaseWanted.class)
  static class Embedded {
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(RampartProperties properties) {
      EmbeddedDatabase database =
          EmbeddedDatabase.start(properties.dataDir(), properties.db().connectionTimeout());
      log.info("Embedded PostgreSQL started with its data in {}", database.directory());
      return database;
    }

    /** The embedded database's own pool; closing the database closes it. */
    @Bean(destroyMethod = "")
    DataSource dataSource(EmbeddedDatabase database) {
      return database.dataSource();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(ExternalDatabase.class)
  static class External {
    @Bean(destroyMethod = "close")
    DataSource dataSource(RampartProperties properties) {
      RampartProperties.Database db = properties.db();
      log.info("Using the external PostgreSQL database at {}", db.url());
      return ConnectionPool.open(db.url(), db.user(), db.password(), db.connectionTimeout());
    }
  }

  /** Marks that the schema is up to date; everything that touches tables depends on it. */
  record MigratedSchema(int applied) {}

  /**
   * Migrates the schema, but only once the MFA settings (and so the MFA key, the setting an
   * operator most often misses with an external database) have been checked: a node that cannot
   * start anyway leaves the database as it found it.
   */
  @Bean
  MigratedSchema migratedSchema(DataSource dataSource, MfaSettings checkedFirst) {
    int applied = Migrations.migrate(dataSource);
    log.info("Database schema up to date ({} migrations applied now)", applied);
    return new MigratedSchema(applied);
  }

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  @Bean
  PostgresStore postgresStore(
      DataSource dataSource, PlatformTransactionManager transactions, MigratedSchema schema) {
    return new PostgresStore(dataSource, transactions);
  }

  @Bean
  TransactionRunner transactionRunner(PostgresStore store) {
    return store.transactions();
  }

  @Bean
  AuditStore auditStore(PostgresStore store) {
    return store.auditStore();
  }

  @Bean
  OutboxStore outboxStore(PostgresStore store) {
    return store.outboxStore();
  }

  @Bean
  AccountRepository accountRepository(PostgresStore store) {
    return store.accounts();
  }

  @Bean
  SessionRepository sessionRepository(PostgresStore store) {
    return store.sessions();
  }

  @Bean
  EmailVerificationRepository emailVerificationRepository(PostgresStore store) {
    return store.emailVerifications();
  }

  @Bean
  SignInHistory signInHistory(PostgresStore store) {
    return store.signInHistory();
  }

  @Bean
  ThrottleStore throttleStore(PostgresStore store) {
    return store.throttles();
  }

  @Bean
  ServiceKeyRepository serviceKeyRepository(PostgresStore store) {
    return store.serviceKeys();
  }

  @Bean
  MfaPorts mfaPorts(PostgresStore store) {
    return store.mfa();
  }

  @Bean
  AlertStore screeningAlertStore(PostgresStore store) {
    return store.screeningAlerts();
  }

  @Bean
  CustomerRegistry screeningCustomerRegistry(PostgresStore store) {
    return store.screeningCustomers();
  }

  @Bean
  ListStateStore screeningListStateStore(PostgresStore store) {
    return store.screeningListStates();
  }
}
