package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link ServiceKeyRepository} keeps. */
public abstract class ServiceKeyRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected ServiceKeyRepository keys;

  protected abstract ServiceKeyRepository newRepository();

  @BeforeEach
  void createRepository() {
    keys = newRepository();
  }

  protected static ServiceKey aKey(String name, Instant createdAt) {
    return new ServiceKey(
        UUID.randomUUID(),
        name,
        "rk_abcdefg",
        Set.of("risk:evaluate", "events:write"),
        createdAt,
        "operator-token",
        null,
        null);
  }

  protected static byte[] hashOf(String secret) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsAKeyByItsSecretHashAndId() throws Exception {
    ServiceKey key = aKey("exchange-backend", T0);
    keys.insert(key, hashOf("secret-1"));

    assertThat(keys.findBySecretHash(hashOf("secret-1"))).contains(key);
    assertThat(keys.findById(key.id())).contains(key);
    assertThat(keys.findBySecretHash(hashOf("secret-2"))).isEmpty();
    assertThat(keys.findById(UUID.randomUUID())).isEmpty();
  }

  @Test
  void refusesASecondKeyWithTheSameSecretHash() throws Exception {
    keys.insert(aKey("first", T0), hashOf("same"));

    assertThatThrownBy(() -> keys.insert(aKey("second", T0), hashOf("same")))
        .isInstanceOf(RuntimeException.class);
    assertThat(keys.list()).extracting(ServiceKey::name).containsExactly("first");
  }

  @Test
  void listsNewestFirstWithRevokedOnes() throws Exception {
    ServiceKey old = aKey("old", T0);
    ServiceKey recent = aKey("recent", T0.plusSeconds(60));
    keys.insert(old, hashOf("a"));
    keys.insert(recent, hashOf("b"));
    keys.revoke(old.id(), T0.plusSeconds(120));

    assertThat(keys.list()).extracting(ServiceKey::name).containsExactly("recent", "old");
    assertThat(keys.list().get(1).revokedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void revokesOnceAndKeepsTheFirstTime() throws Exception {
    ServiceKey key = aKey("k", T0);
    keys.insert(key, hashOf("k"));

    assertThat(keys.revoke(key.id(), T0.plusSeconds(1))).isTrue();
    assertThat(keys.revoke(key.id(), T0.plusSeconds(2))).isFalse();
    assertThat(keys.revoke(UUID.randomUUID(), T0)).isFalse();
    assertThat(keys.findBySecretHash(hashOf("k")).orElseThrow().revokedAt())
        .isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void lastUsedOnlyMovesForward() throws Exception {
    ServiceKey key = aKey("k", T0);
    keys.insert(key, hashOf("k"));

    keys.touch(key.id(), T0.plusSeconds(120));
    keys.touch(key.id(), T0.plusSeconds(60));
    keys.touch(UUID.randomUUID(), T0);

    assertThat(keys.findById(key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void keepsNameScopesAndCreatorAsGiven() throws Exception {
    ServiceKey key = aKey("Exchange backend (prod)", T0);
    keys.insert(key, hashOf("k"));

    ServiceKey found = keys.findById(key.id()).orElseThrow();
    assertThat(found.name()).isEqualTo("Exchange backend (prod)");
    assertThat(found.scopes()).containsExactly("events:write", "risk:evaluate");
    assertThat(found.createdBy()).isEqualTo("operator-token");
    assertThat(found.prefix()).isEqualTo("rk_abcdefg");
    assertThat(found.createdAt()).isEqualTo(T0);
  }
}
