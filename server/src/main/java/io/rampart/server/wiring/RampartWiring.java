package io.rampart.server.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.audit.AuditStore;
import io.rampart.audit.AuditTrail;
import io.rampart.identity.AccountRepository;
import io.rampart.identity.EmailVerificationRepository;
import io.rampart.identity.Identity;
import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.MfaPorts;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.PasswordHasher;
import io.rampart.identity.ServiceKeyRepository;
import io.rampart.identity.ServiceKeys;
import io.rampart.identity.SessionRepository;
import io.rampart.identity.SignInHistory;
import io.rampart.identity.SignInRisk;
import io.rampart.identity.ThrottleStore;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.TransactionRunner;
import io.rampart.notification.Notifications;
import io.rampart.notification.OutboxStore;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.ops.MeteredPasswordHasher;
import io.rampart.server.security.MfaKeySource;
import io.rampart.server.security.ServiceScope;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The composition root: time, randomness and ids, and the capabilities built on the store's
 * adapters ({@link StoreWiring}). Tests replace the {@link Clock} with a clock they move.
 */
@Configuration(proxyBeanMethods = false)
public class RampartWiring {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  SecureRandom secureRandom() {
    return new SecureRandom();
  }

  @Bean
  IdGenerator idGenerator(Clock clock, SecureRandom random) {
    return IdGenerator.timeOrdered(clock, random);
  }

  @Bean
  IdentitySettings identitySettings(RampartProperties properties) {
    return properties.identitySettings();
  }

  /** Resolves the MFA key first: a missing or bad one stops start-up with how to make one. */
  @Bean
  MfaSettings mfaSettings(RampartProperties properties, SecureRandom random) {
    return properties.mfaSettings(MfaKeySource.resolve(properties, random));
  }

  @Bean
  AuditTrail auditTrail(AuditStore store, Clock clock) {
    return new AuditTrail(store, clock);
  }

  @Bean
  Notifications notifications(
      OutboxStore store, Clock clock, IdGenerator ids, RampartProperties properties) {
    return new Notifications(store, clock, ids, properties.notificationSettings());
  }

  @Bean
  PasswordHasher passwordHasher(IdentitySettings settings, MeterRegistry meters) {
    return new MeteredPasswordHasher(
        PasswordHasher.argon2id(settings.passwordPolicy().argon2()), meters);
  }

  @Bean
  Identity identity(
      AccountRepository accounts,
      SessionRepository sessions,
      EmailVerificationRepository verifications,
      SignInHistory history,
      ThrottleStore throttles,
      TransactionRunner transactions,
      AuditTrail audit,
      Notifications notifications,
      MfaPorts mfaPorts,
      IdentitySettings settings,
      MfaSettings mfaSettings,
      PasswordHasher hasher,
      SignInRisk signInRisk,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    return new Identity(
        new IdentityPorts(
            accounts,
            sessions,
            verifications,
            history,
            throttles,
            transactions,
            audit,
            notifications,
            signInRisk),
        mfaPorts,
        settings,
        mfaSettings,
        hasher,
        clock,
        random,
        ids);
  }

  @Bean
  ServiceKeys serviceKeys(
      ServiceKeyRepository keys,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    return new ServiceKeys(keys, transactions, audit, clock, random, ids, ServiceScope.all());
  }
}
