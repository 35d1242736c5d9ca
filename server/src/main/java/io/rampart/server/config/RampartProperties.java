package io.rampart.server.config;

import io.rampart.identity.ActionCatalogue;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.SecurityChange;
import io.rampart.identity.SensitiveAction;
import io.rampart.ipintel.IpDataKind;
import io.rampart.ipintel.IpDataSettings;
import io.rampart.notification.NotificationSettings;
import io.rampart.store.ConnectionPool;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every Rampart setting, bound from {@code rampart.*} (environment variables such as {@code
 * RAMPART_DATA_DIR} or {@code RAMPART_DB_URL} bind through Spring's relaxed binding). Values are
 * checked while binding, so a bad one stops start-up with a message that names the property.
 *
 * @param dataDir where Rampart keeps its files: the embedded database, the operator token
 * @param db the database; the embedded PostgreSQL under {@code <dataDir>/postgres} unless a URL is
 *     given
 * @param publicBaseUrl the URL users reach Rampart at, without a trailing slash; links in mails and
 *     the origin check for cookie-authenticated requests use it
 * @param session session expiry
 * @param verificationTtl how long an e-mail verification link stays valid
 * @param password the password policy and Argon2id cost
 * @param throttling delays after failed sign-ins
 * @param hashing bounds on concurrent password hashing
 * @param outbox how messages are delivered
 * @param cookie cookie attributes
 * @param mail what outgoing mail says about its sender
 * @param mfa multi-factor authentication, step-up, trusted devices and withdrawal locks
 * @param ipData where IP intelligence reads its databases and lists
 * @param risk the in-process risk engine: its policy files and how it runs
 * @param sanctionsDir a folder laid out like the project's {@code shared/data/sanctions} ({@code
 *     ofac/}, {@code un/}, {@code addresses/}, optionally {@code exchange/}): every list found
 *     there is loaded, beside {@code screening.lists}; empty for none
 * @param screening sanctions screening: lists, threshold, reloads
 */
@ConfigurationProperties("rampart")
public record RampartProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Database db,
    @DefaultValue("http://localhost:8080") String publicBaseUrl,
    @DefaultValue Session session,
    @DefaultValue("24h") Duration verificationTtl,
    @DefaultValue Password password,
    @DefaultValue Throttling throttling,
    @DefaultValue Hashing hashing,
    @DefaultValue Outbox outbox,
    @DefaultValue Cookie cookie,
    @DefaultValue Mail mail,
    @DefaultValue Mfa mfa,
    @DefaultValue IpData ipData,
    @DefaultValue Risk risk,
    Path sanctionsDir,
    @DefaultValue Screening screening) {

  public RampartProperties {
    Objects.requireNonNull(dataDir, "rampart.data-dir must be set");
    publicBaseUrl = checkedBaseUrl(publicBaseUrl);
    positive(verificationTtl, "rampart.verification-ttl");
  }

  /** The verification link without its token. */
  public String verificationLinkBase() {
    return publicBaseUrl + "/verify-email?token=";
  }

  /** The identity capability's settings; validated again by {@link IdentitySettings} itself. */
  public IdentitySettings identitySettings() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new IdentitySettings(
        session.idleTimeout(),
        session.lifetime(),
        verificationTtl,
        verificationLinkBase(),
        new IdentitySettings.PasswordPolicy(
            password.minLength(),
            password.maxLength(),
            password.minScore(),
            new IdentitySettings.Argon2Parameters(
                password.argon2().memoryKib(),
                password.argon2().iterations(),
                password.argon2().parallelism())),
        new IdentitySettings.Throttling(
            throttling.freeAccountFailures(),
            throttling.freeSourceFailures(),
            throttling.freeNetworkFailures(),
            throttling.baseDelay(),
            throttling.maxDelay(),
            throttling.window()),
        new IdentitySettings.HashingLimits(
            hashing.maxConcurrent() > 0 ? hashing.maxConcurrent() : cores,
            hashing.maxWaiting() >= 0 ? hashing.maxWaiting() : cores * 16,
            hashing.maxWait()));
  }

  /** The notification capability's settings. */
  public NotificationSettings notificationSettings() {
    return new NotificationSettings(
        outbox.maxAttempts(),
        outbox.initialBackoff(),
        outbox.maxBackoff(),
        outbox.lease(),
        outbox.batchSize(),
        mail.productName());
  }

  /**
   * Multi-factor authentication. Bad names in {@code actions} or {@code withdrawal-locks} stop
   * start-up with the list of good ones.
   *
   * @param key the 256-bit MFA key, base64; blank means: generated into {@code <data-dir>/mfa-key}
   *     with the embedded database, refused with an external one (see {@code MfaKeySource})
   * @param rpId the WebAuthn relying-party id; blank means the host of the public base URL
   * @param origins the origins passkeys may be used from; empty means the public base URL's
   * @param actions per action (wire name), a risk level and/or assurance overriding the default
   * @param withdrawalLocks per security change (wire name), how long withdrawals stay locked
   */
  public record Mfa(
      String key,
      @DefaultValue("Rampart") String issuer,
      String rpId,
      @DefaultValue("Rampart") String rpName,
      List<String> origins,
      @DefaultValue("risk-based") MfaSettings.SignInPolicy signInPolicy,
      @DefaultValue("10m") Duration challengeTtl,
      @DefaultValue("10m") Duration emailCodeTtl,
      @DefaultValue("5") int maxProofsPerChallenge,
      @DefaultValue("10") int maxFailuresPerHour,
      @DefaultValue("5") int maxEmailCodesPerHour,
      @DefaultValue("30d") Duration trustedDeviceTtl,
      @DefaultValue("5m") Duration stepUpTtl,
      @DefaultValue("2m") Duration webauthnTimeout,
      Map<String, ActionRule> actions,
      Map<String, Duration> withdrawalLocks) {

    public Mfa {
      origins = origins == null ? List.of() : List.copyOf(origins);
      actions = actions == null ? Map.of() : Map.copyOf(actions);
      withdrawalLocks = withdrawalLocks == null ? Map.of() : Map.copyOf(withdrawalLocks);
      positive(challengeTtl, "rampart.mfa.challenge-ttl");
      positive(emailCodeTtl, "rampart.mfa.email-code-ttl");
      positive(trustedDeviceTtl, "rampart.mfa.trusted-device-ttl");
      positive(stepUpTtl, "rampart.mfa.step-up-ttl");
      positive(webauthnTimeout, "rampart.mfa.webauthn-timeout");
      if (maxProofsPerChallenge < 1 || maxFailuresPerHour < 1 || maxEmailCodesPerHour < 1) {
        throw new IllegalArgumentException(
            "rampart.mfa.max-proofs-per-challenge, max-failures-per-hour and"
                + " max-email-codes-per-hour must be at least 1");
      }
    }

    /** One action's override; a missing part keeps the default. */
    public record ActionRule(ActionCatalogue.Risk risk, ActionCatalogue.Assurance assurance) {}

    @Override
    public String toString() {
      return "Mfa[key="
          + (key == null || key.isBlank() ? "(none)" : "***")
          + ", rpId="
          + rpId
          + "]";
    }
  }

  /** The MFA settings around a resolved key; validated again by {@link MfaSettings} itself. */
  public MfaSettings mfaSettings(MfaSettings.SecretKey key) {
    URI base = URI.create(publicBaseUrl);
    String rpId = mfa.rpId() == null || mfa.rpId().isBlank() ? base.getHost() : mfa.rpId().strip();
    Set<String> origins =
        mfa.origins().isEmpty()
            ? Set.of(base.getScheme() + "://" + base.getAuthority())
            : new LinkedHashSet<>(mfa.origins());
    ActionCatalogue catalogue = ActionCatalogue.defaults();
    for (Map.Entry<String, Mfa.ActionRule> entry : mfa.actions().entrySet()) {
      SensitiveAction action =
          SensitiveAction.parse(entry.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "rampart.mfa.actions."
                              + entry.getKey()
                              + " names no action; the actions are "
                              + names(SensitiveAction.values(), SensitiveAction::wireName)));
      ActionCatalogue.Rule current = catalogue.ruleFor(action);
      Mfa.ActionRule override = entry.getValue();
      catalogue =
          catalogue.with(
              action,
              new ActionCatalogue.Rule(
                  override.risk() == null ? current.risk() : override.risk(),
                  override.assurance() == null ? current.assurance() : override.assurance()));
    }
    Map<SecurityChange, Duration> locks = new EnumMap<>(MfaSettings.defaultWithdrawalLocks());
    for (Map.Entry<String, Duration> entry : mfa.withdrawalLocks().entrySet()) {
      SecurityChange change =
          Arrays.stream(SecurityChange.values())
              .filter(c -> c.wireName().equals(entry.getKey().toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "rampart.mfa.withdrawal-locks."
                              + entry.getKey()
                              + " names no security change; the changes are "
                              + names(SecurityChange.values(), SecurityChange::wireName)));
      locks.put(change, entry.getValue());
    }
    return new MfaSettings(
        key,
        mfa.issuer(),
        new MfaSettings.WebAuthn(rpId, mfa.rpName(), origins, mfa.webauthnTimeout()),
        mfa.signInPolicy(),
        mfa.challengeTtl(),
        mfa.emailCodeTtl(),
        mfa.maxProofsPerChallenge(),
        mfa.maxFailuresPerHour(),
        mfa.maxEmailCodesPerHour(),
        mfa.trustedDeviceTtl(),
        mfa.stepUpTtl(),
        catalogue,
        locks);
  }

  private static <T> String names(T[] values, java.util.function.Function<T, String> name) {
    return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
  }

  /**
   * The database connection. With no URL Rampart starts its embedded PostgreSQL.
   *
   * @param url a JDBC URL ({@code jdbc:postgresql://...}), or blank for the embedded database
   * @param connectionTimeout how long a request waits for a database connection before it is
   *     answered {@code 503 SYS_UNAVAILABLE}
   */
  public record Database(
      String url, String user, String password, @DefaultValue("3s") Duration connectionTimeout) {
    public Database {
      if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "rampart.db.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
      }
      if (connectionTimeout == null
          || connectionTimeout.compareTo(ConnectionPool.MIN_CONNECTION_TIMEOUT) < 0) {
        throw new IllegalArgumentException(
            "rampart.db.connection-timeout must be at least "
                + ConnectionPool.MIN_CONNECTION_TIMEOUT.toMillis()
                + "ms");
      }
    }

    public boolean external() {
      return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
      return "Database[url="
          + url
          + ", user="
          + user
          + ", password="
          + (password == null ? "null" : "***")
          + ", connectionTimeout="
          + connectionTimeout
          + "]";
    }
  }

  /** Session expiry: idle timeout and absolute lifetime. */
  public record Session(
      @DefaultValue("15m") Duration idleTimeout, @DefaultValue("12h") Duration lifetime) {
    public Session {
      positive(idleTimeout, "rampart.session.idle-timeout");
      positive(lifetime, "rampart.session.lifetime");
      if (idleTimeout.compareTo(lifetime) > 0) {
        throw new IllegalArgumentException(
            "rampart.session.idle-timeout must not exceed rampart.session.lifetime");
      }
    }
  }

  /** Password policy after NIST SP 800-63B. */
  public record Password(
      @DefaultValue("12") int minLength,
      @DefaultValue("128") int maxLength,
      @DefaultValue("3") int minScore,
      @DefaultValue Argon2 argon2) {
    public Password {
      if (minLength < 8) {
        throw new IllegalArgumentException("rampart.password.min-length must be at least 8");
      }
      if (maxLength < minLength || maxLength > 1024) {
        throw new IllegalArgumentException(
            "rampart.password.max-length must be between min-length and 1024");
      }
      if (minScore < 0 || minScore > 4) {
        throw new IllegalArgumentException("rampart.password.min-score must be between 0 and 4");
      }
    }
  }

  /** Argon2id cost; the defaults are OWASP's minimum (19 MiB, 2 iterations, 1 lane). */
  public record Argon2(
      @DefaultValue("19456") int memoryKib,
      @DefaultValue("2") int iterations,
      @DefaultValue("1") int parallelism) {
    public Argon2 {
      if (iterations < 1 || parallelism < 1 || memoryKib < 8 * parallelism) {
        throw new IllegalArgumentException(
            "rampart.password.argon2 needs iterations >= 1, parallelism >= 1 and"
                + " memory-kib >= 8 * parallelism");
      }
    }
  }

  /** Growing delays after failed sign-ins; see {@link IdentitySettings.Throttling}. */
  public record Throttling(
      @DefaultValue("5") int freeAccountFailures,
      @DefaultValue("20") int freeSourceFailures,
      @DefaultValue("100") int freeNetworkFailures,
      @DefaultValue("1s") Duration baseDelay,
      @DefaultValue("15m") Duration maxDelay,
      @DefaultValue("24h") Duration window) {
    public Throttling {
      if (freeAccountFailures < 0 || freeSourceFailures < 0 || freeNetworkFailures < 0) {
        throw new IllegalArgumentException("rampart.throttling.free-*-failures must be >= 0");
      }
      positive(baseDelay, "rampart.throttling.base-delay");
      positive(window, "rampart.throttling.window");
      if (maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException(
            "rampart.throttling.max-delay must be at least rampart.throttling.base-delay");
      }
    }
  }

  /**
   * Bounds on concurrent password hashing.
   *
   * @param maxConcurrent hashes at once; 0 means one per core
   * @param maxWaiting callers allowed to wait; -1 means 16 per core
   */
  public record Hashing(
      @DefaultValue("0") int maxConcurrent,
      @DefaultValue("-1") int maxWaiting,
      @DefaultValue("2s") Duration maxWait) {
    public Hashing {
      if (maxConcurrent < 0) {
        throw new IllegalArgumentException("rampart.hashing.max-concurrent must be >= 0");
      }
      if (maxWaiting < -1) {
        throw new IllegalArgumentException("rampart.hashing.max-waiting must be >= -1");
      }
      positive(maxWait, "rampart.hashing.max-wait");
    }
  }

  /** Outbox delivery: how often to look for due messages, retries and backoff. */
  public record Outbox(
      @DefaultValue("2s") Duration pollInterval,
      @DefaultValue("10") int maxAttempts,
      @DefaultValue("5s") Duration initialBackoff,
      @DefaultValue("30m") Duration maxBackoff,
      @DefaultValue("2m") Duration lease,
      @DefaultValue("50") int batchSize) {
    public Outbox {
      positive(pollInterval, "rampart.outbox.poll-interval");
      positive(lease, "rampart.outbox.lease");
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("rampart.outbox.max-attempts must be at least 1");
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("rampart.outbox.batch-size must be at least 1");
      }
      if (initialBackoff == null
          || initialBackoff.isNegative()
          || maxBackoff == null
          || maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "rampart.outbox needs 0 <= initial-backoff <= max-backoff");
      }
    }
  }

  /**
   * Cookie attributes.
   *
   * @param secure whether cookies carry {@code Secure}; turn off only for plain-HTTP development
   */
  public record Cookie(@DefaultValue("true") boolean secure) {}

  /**
   * Outgoing mail.
   *
   * @param from the {@code From} header
   * @param productName the name messages are signed with
   */
  public record Mail(
      @DefaultValue("Rampart <no-reply@localhost>") String from,
      @DefaultValue("Rampart") String productName) {
    public Mail {
      if (from == null || from.isBlank()) {
        throw new IllegalArgumentException("rampart.mail.from must not be blank");
      }
      if (productName == null || productName.isBlank()) {
        throw new IllegalArgumentException("rampart.mail.product-name must not be blank");
      }
    }
  }

  /**
   * The in-process risk engine.
   *
   * @param policyFile the active policy (YAML); empty for the policy shipped with Rampart
   * @param shadowPolicyFile a candidate policy run beside the active one, recorded but not
   *     enforced; empty for none
   * @param policyCheckInterval how often the policy files are checked for changes and reloaded;
   *     {@code 0s} to reload only when an operator asks
   * @param shards threads that own a share of the accounts each; 0 means one per core
   * @param queueCapacity events that may wait per shard before new ones are refused
   * @param maxBatch events a shard assesses and commits in one transaction at most
   * @param cacheSize profiles kept in memory, across all shards
   * @param flushInterval how often changed profiles are written
   * @param answerTimeout how long a caller waits for its event to be recorded
   * @param maxBatchEvents events one {@code POST /api/v1/risk/events} may carry
   */
  public record Risk(
      Path policyFile,
      Path shadowPolicyFile,
      @DefaultValue("10s") Duration policyCheckInterval,
      @DefaultValue("0") int shards,
      @DefaultValue("10000") int queueCapacity,
      @DefaultValue("256") int maxBatch,
      @DefaultValue("200000") int cacheSize,
      @DefaultValue("10s") Duration flushInterval,
      @DefaultValue("5s") Duration answerTimeout,
      @DefaultValue("1000") int maxBatchEvents) {
    public Risk {
      if (policyCheckInterval == null || policyCheckInterval.isNegative()) {
        throw new IllegalArgumentException("rampart.risk.policy-check-interval must be >= 0s");
      }
      if (shards < 0 || shards > 256) {
        throw new IllegalArgumentException("rampart.risk.shards must be between 0 and 256");
      }
      if (queueCapacity < 1 || maxBatch < 1 || cacheSize < 1) {
        throw new IllegalArgumentException(
            "rampart.risk.queue-capacity, max-batch and cache-size must be at least 1");
      }
      if (maxBatchEvents < 1 || maxBatchEvents > 100_000) {
        throw new IllegalArgumentException(
            "rampart.risk.max-batch-events must be between 1 and 100000");
      }
      positive(flushInterval, "rampart.risk.flush-interval");
      positive(answerTimeout, "rampart.risk.answer-timeout");
    }

    /** The shards to run: as configured, or one per core. */
    public int shardCount() {
      return shards > 0 ? shards : Runtime.getRuntime().availableProcessors();
    }
  }

  /**
   * IP intelligence's settings: the configured files per kind, else the default file names in the
   * IP data directory ({@code <data-dir>/ip} unless set).
   */
  public IpDataSettings ipDataSettings() {
    Path directory = ipData.directory() != null ? ipData.directory() : dataDir.resolve("ip");
    return IpDataSettings.inDirectory(directory)
        .with(IpDataKind.COUNTRY, ipData.countryDatabases())
        .with(IpDataKind.ASN, ipData.asnDatabases())
        .with(IpDataKind.CITY, ipData.cityDatabases())
        .with(IpDataKind.ANONYMOUS_IP, ipData.anonymousIpDatabases())
        .with(IpDataKind.ANONYMISING_LIST, ipData.anonymisingLists())
        .with(IpDataKind.HOSTING_LIST, ipData.hostingLists())
        .with(IpDataKind.KNOWN_BAD_LIST, ipData.knownBadLists());
  }

  /**
   * IP intelligence data: geo-IP databases and network lists (docs/operations.md). A kind left
   * empty uses the files {@code scripts/fetch-ip-data.sh} writes, if present in {@code directory};
   * a configured file must exist.
   *
   * @param directory where the fetched data lives; empty means {@code <data-dir>/ip}
   * @param countryDatabases MaxMind DB files giving a country per address
   * @param asnDatabases ip-location-db AS CSV files or GeoLite2-ASN MaxMind DB files
   * @param cityDatabases MaxMind DB files giving coordinates per address
   * @param anonymousIpDatabases MaxMind GeoIP2 Anonymous IP files
   * @param anonymisingLists lists of Tor exits, VPN and proxy networks
   * @param hostingLists lists of hosting and data-centre networks
   * @param knownBadLists lists of abusive addresses and networks
   * @param reloadInterval how often to look for added, removed or changed files
   */
  public record IpData(
      Path directory,
      @DefaultValue List<Path> countryDatabases,
      @DefaultValue List<Path> asnDatabases,
      @DefaultValue List<Path> cityDatabases,
      @DefaultValue List<Path> anonymousIpDatabases,
      @DefaultValue List<Path> anonymisingLists,
      @DefaultValue List<Path> hostingLists,
      @DefaultValue List<Path> knownBadLists,
      @DefaultValue("1m") Duration reloadInterval) {
    public IpData {
      existing(countryDatabases, "country-databases");
      existing(asnDatabases, "asn-databases");
      existing(cityDatabases, "city-databases");
      existing(anonymousIpDatabases, "anonymous-ip-databases");
      existing(anonymisingLists, "anonymising-lists");
      existing(hostingLists, "hosting-lists");
      existing(knownBadLists, "known-bad-lists");
      positive(reloadInterval, "rampart.ip-data.reload-interval");
    }

    private static void existing(List<Path> files, String name) {
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException(
              "rampart.ip-data." + name + ": " + file + " is not a readable file");
        }
      }
    }
  }

  /**
   * Sanctions screening.
   *
   * @param lists lists named one by one, beside those found in {@code rampart.sanctions-dir}
   * @param threshold the score a name needs to be a hit (0.5 to 1)
   * @param maxHits the most hits one screening answers with
   * @param maxNameLength the longest name accepted, in characters
   * @param minRetainedShare a new version of a list with fewer entries than this share of the one
   *     in force is refused as truncated (0 turns the check off)
   * @param reviewRisk the analytics risk (0 to 100) from which an unlisted address is HIGH_RISK
   * @param reloadInterval how often lists are reloaded; 0 turns scheduled reloads off
   * @param fetchTimeout how long fetching one document from a URL may take
   * @param maxDocumentSize the largest list document read
   * @param analyticsFile a CSV of rated addresses ({@code address,asset,risk,category}) answering
   *     as the built-in blockchain-analytics provider; empty for none
   */
  public record Screening(
      @DefaultValue List<ListConfig> lists,
      @DefaultValue("0.80") double threshold,
      @DefaultValue("20") int maxHits,
      @DefaultValue("256") int maxNameLength,
      @DefaultValue("0.5") double minRetainedShare,
      @DefaultValue("75") int reviewRisk,
      @DefaultValue("6h") Duration reloadInterval,
      @DefaultValue("60s") Duration fetchTimeout,
      @DefaultValue("256MB") DataSize maxDocumentSize,
      Path analyticsFile) {
    public Screening {
      lists = lists == null ? List.of() : List.copyOf(lists);
      if (reloadInterval == null || reloadInterval.isNegative()) {
        throw new IllegalArgumentException(
            "rampart.screening.reload-interval must be 0 or positive");
      }
      positive(fetchTimeout, "rampart.screening.fetch-timeout");
      java.util.Set<String> names = new java.util.HashSet<>();
      for (ListConfig l : lists) {
        if (!names.add(l.name())) {
          throw new IllegalArgumentException(
              "rampart.screening.lists names " + l.name() + " twice");
        }
      }
      try {
        settings(threshold, maxHits, maxNameLength, minRetainedShare, reviewRisk, maxDocumentSize);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rampart.screening: " + e.getMessage());
      }
    }

    /** The screening capability's settings. */
    public io.rampart.screening.ScreeningSettings settings() {
      return settings(
          threshold, maxHits, maxNameLength, minRetainedShare, reviewRisk, maxDocumentSize);
    }

    private static io.rampart.screening.ScreeningSettings settings(
        double threshold,
        int maxHits,
        int maxNameLength,
        double minRetainedShare,
        int reviewRisk,
        DataSize maxDocumentSize) {
      return new io.rampart.screening.ScreeningSettings(
          threshold,
          maxHits,
          maxNameLength,
          minRetainedShare,
          reviewRisk,
          maxDocumentSize == null ? 0 : maxDocumentSize.toBytes());
    }
  }

  /**
   * One list named in configuration.
   *
   * @param name its name in results: letters, digits, dots, dashes, underscores
   * @param format {@code OFAC_SDN_CSV}, {@code UN_CONSOLIDATED_XML}, {@code EXCHANGE_CSV} or {@code
   *     ADDRESS_LIST}
   * @param locations its documents: file paths, or http(s) URLs (OFAC's set is several files)
   * @param asset for an address list, the asset of its addresses
   */
  public record ListConfig(
      String name, io.rampart.screening.ListFormat format, List<String> locations, String asset) {
    public ListConfig {
      if (name == null || !name.matches("[A-Za-z0-9._-]{1,48}")) {
        throw new IllegalArgumentException(
            "rampart.screening.lists[].name must be 1 to 48 letters, digits, dots, dashes or underscores");
      }
      if (format == null)
        throw new IllegalArgumentException(
            "rampart.screening.lists[" + name + "].format is required");
      locations = locations == null ? List.of() : List.copyOf(locations);
      if (locations.isEmpty()) {
        throw new IllegalArgumentException(
            "rampart.screening.lists[" + name + "].locations is required");
      }
      for (String l : locations) {
        if (l == null || l.isBlank()) {
          throw new IllegalArgumentException(
              "rampart.screening.lists[" + name + "].locations has a blank entry");
        }
        if (l.contains("://") && !(l.startsWith("https://") || l.startsWith("http://"))) {
          throw new IllegalArgumentException(
              "rampart.screening.lists[" + name + "].locations: only file paths and http(s) URLs");
        }
      }
      if ((format == io.rampart.screening.ListFormat.ADDRESS_LIST)
          != (asset != null && !asset.isBlank())) {
        throw new IllegalArgumentException(
            "rampart.screening.lists["
                + name
                + "].asset is required for ADDRESS_LIST, and only for it");
      }
    }
  }

  private static String checkedBaseUrl(String value) {
    String message =
        "rampart.public-base-url must be an absolute http(s) URL such as https://rampart.example";
    if (value == null || value.isBlank()) throw new IllegalArgumentException(message);
    String trimmed = value.strip();
    while (trimmed.endsWith("/")) trimmed = trimmed.substring(0, trimmed.length() - 1);
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(message, e);
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException(message);
    }
    return trimmed;
  }

  private static void positive(Duration value, String name) {
    if (value == null || !value.isPositive()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
