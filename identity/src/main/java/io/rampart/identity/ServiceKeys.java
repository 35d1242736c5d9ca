package io.rampart.identity;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.TransactionRunner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service keys: operators create, list and revoke them; backend systems authenticate with them.
 * Thread-safe.
 *
 * <p>A secret is {@value #SECRET_PREFIX} followed by 32 random bytes in base64url. Having 256 bits
 * of entropy, it needs no slow hash: its SHA-256 is stored and looked up, so a stolen table gives
 * nothing to present. Authentication is on every call, so found keys are remembered for {@link
 * #CACHE_TTL}: a revocation on this node takes effect at once, one on another node within that
 * time. The last-used time is written at most once per {@link #TOUCH_EVERY} per key.
 *
 * <p>Scopes are names like {@code risk:evaluate}; the set a key may hold is given by whoever wires
 * Rampart together, so a capability adds its scopes without changing this class.
 */
public final class ServiceKeys {
  public static final String SECRET_PREFIX = "rk_";
  public static final int MAX_NAME = 64;
  public static final int MAX_SCOPES = 32;

  /** Characters of the secret kept in the clear to tell keys apart. */
  public static final int PREFIX_LENGTH = 10;

  static final Duration CACHE_TTL = Duration.ofSeconds(5);
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final int SECRET_BYTES = 32;
  private static final int SECRET_LENGTH = SECRET_PREFIX.length() + 43;

  /**
   * One digest per thread, reset by each {@code digest}: every authenticated call hashes its key,
   * and looking a digest up by name built a provider lookup and a new digest each time.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(ServiceKeys::sha256);

  private final ServiceKeyRepository keys;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random;
  private final IdGenerator ids;
  private final Set<String> knownScopes;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** A key found, with the caller it authenticates, built once per load rather than per call. */
  private record Cached(ServiceKey key, ServiceCaller caller, Instant loadedAt, Instant touchedAt) {
    Cached(ServiceKey key, Instant loadedAt, Instant touchedAt) {
      this(key, new ServiceCaller(key.id(), key.name(), key.scopes()), loadedAt, touchedAt);
    }
  }

  public ServiceKeys(
      ServiceKeyRepository keys,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock,
      SecureRandom random,
      IdGenerator ids,
      Set<String> knownScopes) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.knownScopes = Set.copyOf(knownScopes);
  }

  /** The scopes a key may be given. */
  public Set<String> knownScopes() {
    return knownScopes;
  }

  /**
   * Creates a key named {@code name} with {@code scopes}, audited as done by {@code operator}.
   * Refuses a blank, too long or control-character name and an empty or unknown scope.
   */
  public ServiceKeyOutcome create(
      String name, Set<String> scopes, String operator, RequestOrigin origin) {
    Optional<ServiceKeyOutcome.Rejected> refusal = check(name, scopes);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ServiceKey key =
        new ServiceKey(
            ids.newId(),
            name.strip(),
            secret.substring(0, PREFIX_LENGTH),
            scopes,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            operator,
            null,
            null);
    transactions.run(
        () -> {
          keys.insert(key, hash(secret));
          audit.append(
              new AuditEvent(
                  "service-key.created",
                  Actor.operator(operator),
                  null,
                  origin,
                  Map.of(
                      "keyId", key.id().toString(),
                      "name", key.name(),
                      "prefix", key.prefix(),
                      "scopes", String.join(",", key.scopes()))));
        });
    return new ServiceKeyOutcome.Created(key, secret);
  }

  /** Every key, revoked ones included, newest first. */
  public List<ServiceKey> list() {
    return keys.list();
  }

  /**
   * Revokes a key at once, audited as done by {@code operator}.
   *
   * @return the revoked key, or empty if no active key has this id
   */
  public Optional<ServiceKey> revoke(UUID id, String operator, RequestOrigin origin) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<ServiceKey> revoked =
        transactions.inTransaction(
            () -> {
              Optional<ServiceKey> key = keys.findById(id).filter(ServiceKey::active);
              if (key.isEmpty() || !keys.revoke(id, now)) {
                return Optional.empty();
              }
              audit.append(
                  new AuditEvent(
                      "service-key.revoked",
                      Actor.operator(operator),
                      null,
                      origin,
                      Map.of("keyId", id.toString(), "name", key.get().name())));
              return Optional.of(key.get().revoked(now));
            });
    cache.values().removeIf(c -> c.key().id().equals(id));
    return revoked;
  }

  /** The caller a presented secret belongs to, if it is an active key's. */
  public Optional<ServiceCaller> authenticate(String presented) {
    if (presented == null
        || presented.length() != SECRET_LENGTH
        || !presented.startsWith(SECRET_PREFIX)) {
      return Optional.empty();
    }
    byte[] hash = hash(presented);
    String cacheKey = HexFormat.of().formatHex(hash);
    Instant now = clock.instant();
    Cached cached = cache.get(cacheKey);
    if (cached == null || !now.isBefore(cached.loadedAt().plus(CACHE_TTL))) {
      Optional<ServiceKey> found = keys.findBySecretHash(hash);
      if (found.isEmpty()) {
        cache.remove(cacheKey);
        return Optional.empty();
      }
      cached =
          new Cached(
              found.get(), now, cached == null ? found.get().lastUsedAt() : cached.touchedAt());
      cache.put(cacheKey, cached);
    }
    ServiceKey key = cached.key();
    if (!key.active()) {
      return Optional.empty();
    }
    if (cached.touchedAt() == null || !now.isBefore(cached.touchedAt().plus(TOUCH_EVERY))) {
      Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
      keys.touch(key.id(), minute);
      cache.put(cacheKey, new Cached(key, cached.caller(), cached.loadedAt(), now));
    }
    return Optional.of(cached.caller());
  }

  private Optional<ServiceKeyOutcome.Rejected> check(String name, Set<String> scopes) {
    if (name == null || name.isBlank()) {
      return rejected(ReasonCode.REQ_MISSING_FIELD, "name", "Field 'name' is required.");
    }
    if (name.strip().length() > MAX_NAME) {
      return rejected(
          ReasonCode.REQ_FIELD_TOO_LONG,
          "name",
          "Field 'name' is longer than " + MAX_NAME + " characters.");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      return rejected(
          ReasonCode.REQ_CONTROL_CHARACTERS, "name", "Field 'name' contains control characters.");
    }
    if (scopes == null || scopes.isEmpty()) {
      return rejected(
          ReasonCode.REQ_MISSING_FIELD, "scopes", "Field 'scopes' needs at least one scope.");
    }
    if (scopes.size() > MAX_SCOPES) {
      return rejected(ReasonCode.REQ_INVALID_FIELD, "scopes", "At most " + MAX_SCOPES + " scopes.");
    }
    for (String scope : scopes) {
      if (scope == null || !knownScopes.contains(scope)) {
        return rejected(
            ReasonCode.AUTH_UNKNOWN_SCOPE,
            "scopes",
            "Unknown scope; known scopes are "
                + String.join(", ", new TreeSet<>(knownScopes))
                + ".");
      }
    }
    return Optional.empty();
  }

  private static Optional<ServiceKeyOutcome.Rejected> rejected(
      ReasonCode code, String field, String detail) {
    return Optional.of(new ServiceKeyOutcome.Rejected(code, field, detail));
  }

  static byte[] hash(String secret) {
    return SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
