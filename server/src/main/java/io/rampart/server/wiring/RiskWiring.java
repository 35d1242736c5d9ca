package io.rampart.server.wiring;

import io.rampart.audit.AuditTrail;
import io.rampart.identity.SignInRisk;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.TransactionRunner;
import io.rampart.models.BundledModels;
import io.rampart.risk.FeatureCountStore;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.ProfileStore;
import io.rampart.risk.RiskAlertStore;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskRecordStore;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.risk.EngineSignInRisk;
import io.rampart.server.risk.EventDocuments;
import io.rampart.server.risk.FeatureCounts;
import io.rampart.server.risk.JsonEventDocuments;
import io.rampart.server.risk.PolicyFiles;
import io.rampart.server.risk.PolicyWatch;
import io.rampart.server.risk.RiskHost;
import io.rampart.server.risk.RiskHostSettings;
import io.rampart.server.risk.RiskStores;
import io.rampart.server.risk.json.RiskEventJson;
import io.rampart.store.PostgresStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The risk engine hosted in this process: its storage, policies (from files, checked for changes
 * while running), the global counts and the host itself, started once the schema is migrated and
 * closed (queued events finished, profiles written) on shutdown.
 */
@Configuration(proxyBeanMethods = false)
public class RiskWiring {
  private static final Logger log = LoggerFactory.getLogger(RiskWiring.class);

  @Bean
  RiskRecordStore riskRecordStore(PostgresStore store) {
    return store.riskRecords();
  }

  @Bean
  RiskAlertStore riskAlertStore(PostgresStore store) {
    return store.riskAlerts();
  }

  @Bean
  ProfileStore profileStore(PostgresStore store) {
    return store.profiles();
  }

  @Bean
  FeatureCountStore featureCountStore(PostgresStore store) {
    return store.featureCounts();
  }

  @Bean
  RiskEventJson riskEventJson() {
    return new RiskEventJson();
  }

  @Bean
  EventDocuments eventDocuments(RiskEventJson json) {
    return new JsonEventDocuments(json);
  }

  @Bean
  RiskEngine riskEngine() {
    return new RiskEngine();
  }

  @Bean
  FeatureCounts featureCounts() {
    return new FeatureCounts();
  }

  /**
   * The IP intelligence in the context, or, while none is configured, one that knows nothing of any
   * address (every lookup is {@link IpFacts#UNKNOWN}), so the network and location rules abstain.
   */
  @Bean
  RiskIpIntelligence riskIpIntelligence(ObjectProvider<IpIntelligence> configured) {
    return new RiskIpIntelligence(configured.getIfAvailable(() -> ip -> IpFacts.UNKNOWN));
  }

  /** The IP intelligence the risk endpoints and flows use; a holder so it is found by type. */
  public record RiskIpIntelligence(IpIntelligence ips) {}

  /** The models shipped in the jar, which a policy's model rule may name; loaded when one does. */
  @Bean
  ModelCatalogue modelCatalogue() {
    return new BundledModels();
  }

  @Bean
  PolicyFiles policyFiles(
      RampartProperties properties,
      AuditTrail audit,
      TransactionRunner transactions,
      Clock clock,
      ModelCatalogue models) {
    RampartProperties.Risk risk = properties.risk();
    PolicyFiles files =
        PolicyFiles.load(
            risk.policyFile(), risk.shadowPolicyFile(), audit, transactions, clock, models);
    PolicyFiles.Status status = files.status();
    log.info(
        "Risk policy {} from {}{}",
        status.active().version(),
        status.active().source(),
        status.shadow() == null
            ? ""
            : ", candidate "
                + status.shadow().version()
                + " in shadow from "
                + status.shadow().source());
    return files;
  }

  /** Checks the policy files for changes and reloads them, if an interval is set. */
  @Bean(destroyMethod = "close")
  PolicyWatch policyWatch(RampartProperties properties, PolicyFiles files) {
    return new PolicyWatch(files, properties.risk().policyCheckInterval());
  }

  @Bean(destroyMethod = "close")
  RiskHost riskHost(
      RiskRecordStore records,
      RiskAlertStore alerts,
      ProfileStore profiles,
      FeatureCountStore counts,
      TransactionRunner transactions,
      AuditTrail audit,
      RiskEngine engine,
      PolicyFiles policies,
      FeatureCounts featureCounts,
      EventDocuments documents,
      Clock clock,
      IdGenerator ids,
      RampartProperties properties) {
    RampartProperties.Risk risk = properties.risk();
    int shards = risk.shardCount();
    RiskHost host =
        new RiskHost(
            new RiskStores(records, alerts, profiles, counts, transactions, audit),
            engine,
            policies.policies(),
            featureCounts,
            documents,
            clock,
            ids,
            new RiskHostSettings(
                shards,
                risk.queueCapacity(),
                risk.maxBatch(),
                Math.max(1, risk.cacheSize() / shards),
                risk.flushInterval(),
                risk.answerTimeout()));
    host.start();
    return host;
  }

  /** Rampart's own sign-ins and security changes go through the engine like anyone's events. */
  @Bean
  SignInRisk signInRisk(
      RiskHost host, RiskEventJson json, RiskIpIntelligence ips, FeatureCounts counts) {
    return new EngineSignInRisk(host, json::write, ips.ips(), counts);
  }
}
