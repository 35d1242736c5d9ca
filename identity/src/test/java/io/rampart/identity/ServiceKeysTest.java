package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceKeysTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final RequestOrigin CONSOLE = new RequestOrigin("192.0.2.1", "curl/8");
  static final Set<String> SCOPES = Set.of("risk:evaluate", "events:write", "risk:read");

  final MutableClock clock = new MutableClock(T0);
  final InMemoryServiceKeyRepository repository = new InMemoryServiceKeyRepository();
  final InMemoryAuditStore auditStore = new InMemoryAuditStore();
  final ServiceKeys keys =
      new ServiceKeys(
          repository,
          auditStore.transactions(),
          new AuditTrail(auditStore, clock),
          clock,
          new SecureRandom(),
          IdGenerator.timeOrdered(clock, new SecureRandom()),
          SCOPES);

  ServiceKeyOutcome.Created created(String name, String... scopes) {
    return (ServiceKeyOutcome.Created) keys.create(name, Set.of(scopes), "operator-token", CONSOLE);
  }

  List<AuditRecord> audits() {
    List<AuditRecord> all = new ArrayList<>();
    auditStore.forEachInOrder(all::add);
    return all;
  }

  @Nested
  class Creating {
    @Test
    void showsAHighEntropySecretOnceAndKeepsOnlyItsHash() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");

      assertThat(created.secret()).matches("rk_[A-Za-z0-9_-]{43}");
      assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 10));
      assertThat(created.toString()).doesNotContain(created.secret());
      assertThat(repository.findBySecretHash(ServiceKeys.hash(created.secret())))
          .map(ServiceKey::id)
          .contains(created.key().id());
      assertThat(created("exchange", "risk:evaluate").secret()).isNotEqualTo(created.secret());
    }

    @Test
    void auditsTheCreationWithoutTheSecret() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate", "events:write");

      AuditRecord audit = audits().getLast();
      assertThat(audit.type()).isEqualTo("service-key.created");
      assertThat(audit.actor().id()).isEqualTo("operator-token");
      assertThat(audit.data())
          .containsEntry("name", "exchange")
          .containsEntry("scopes", "events:write,risk:evaluate")
          .containsEntry("keyId", created.key().id().toString());
      assertThat(audit.data().values()).noneMatch(v -> v.contains(created.secret()));
    }

    @Test
    void refusesAnUnknownScopeAndWritesNothing() {
      ServiceKeyOutcome outcome =
          keys.create("exchange", Set.of("risk:evaluate", "withdrawals:approve"), "op", CONSOLE);

      assertThat(outcome)
          .isInstanceOfSatisfying(
              ServiceKeyOutcome.Rejected.class,
              r -> {
                assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_UNKNOWN_SCOPE);
                assertThat(r.field()).isEqualTo("scopes");
              });
      assertThat(repository.list()).isEmpty();
      assertThat(audits()).isEmpty();
    }

    @Test
    void refusesAMissingOrBadNameAndNoScopes() {
      assertThat(keys.create(" ", SCOPES, "op", CONSOLE))
          .extracting(o -> ((ServiceKeyOutcome.Rejected) o).reason())
          .isEqualTo(ReasonCode.REQ_MISSING_FIELD);
      assertThat(keys.create("x".repeat(65), SCOPES, "op", CONSOLE))
          .extracting(o -> ((ServiceKeyOutcome.Rejected) o).reason())
          .isEqualTo(ReasonCode.REQ_FIELD_TOO_LONG);
      assertThat(keys.create("a\nb", SCOPES, "op", CONSOLE))
          .extracting(o -> ((ServiceKeyOutcome.Rejected) o).reason())
          .isEqualTo(ReasonCode.REQ_CONTROL_CHARACTERS);
      assertThat(keys.create("exchange", Set.of(), "op", CONSOLE))
          .extracting(o -> ((ServiceKeyOutcome.Rejected) o).field())
          .isEqualTo("scopes");
    }
  }

  @Nested
  class Authenticating {
    @Test
    void knowsTheCallerAndItsScopes() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");

      ServiceCaller caller = keys.authenticate(created.secret()).orElseThrow();

      assertThat(caller.keyId()).isEqualTo(created.key().id());
      assertThat(caller.name()).isEqualTo("exchange");
      assertThat(caller.may("risk:evaluate")).isTrue();
      assertThat(caller.may("events:write")).isFalse();
    }

    @Test
    void refusesUnknownAndMalformedSecrets() {
      String secret = created("exchange", "risk:evaluate").secret();
      String altered =
          secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");

      assertThat(keys.authenticate(altered)).isEmpty();
      assertThat(keys.authenticate("rk_short")).isEmpty();
      assertThat(keys.authenticate(null)).isEmpty();
      assertThat(keys.authenticate("xx" + secret.substring(2))).isEmpty();
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceOnThisNode() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");
      keys.authenticate(created.secret());

      assertThat(keys.revoke(created.key().id(), "operator-token", CONSOLE)).isPresent();

      assertThat(keys.authenticate(created.secret())).isEmpty();
      assertThat(audits().getLast().type()).isEqualTo("service-key.revoked");
    }

    @Test
    void aRevocationElsewhereIsSeenOnceTheCacheExpires() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");
      keys.authenticate(created.secret());
      repository.revoke(created.key().id(), clock.instant());

      assertThat(keys.authenticate(created.secret())).isPresent();
      clock.advance(ServiceKeys.CACHE_TTL);
      assertThat(keys.authenticate(created.secret())).isEmpty();
    }

    @Test
    void recordsTheLastUseAtMostOncePerMinute() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");
      UUID id = created.key().id();

      keys.authenticate(created.secret());
      assertThat(repository.findById(id).orElseThrow().lastUsedAt()).isEqualTo(T0);
      clock.advance(Duration.ofSeconds(30));
      keys.authenticate(created.secret());
      assertThat(repository.findById(id).orElseThrow().lastUsedAt()).isEqualTo(T0);
      clock.advance(Duration.ofSeconds(40));
      keys.authenticate(created.secret());
      assertThat(repository.findById(id).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(60));
    }
  }

  @Nested
  class Revoking {
    @Test
    void revokesOnlyAnActiveKeyAndAuditsIt() {
      ServiceKeyOutcome.Created created = created("exchange", "risk:evaluate");

      assertThat(keys.revoke(created.key().id(), "operator-token", CONSOLE))
          .map(ServiceKey::revokedAt)
          .contains(T0);
      int audited = audits().size();
      assertThat(keys.revoke(created.key().id(), "operator-token", CONSOLE)).isEmpty();
      assertThat(keys.revoke(UUID.randomUUID(), "operator-token", CONSOLE)).isEmpty();
      assertThat(audits()).hasSize(audited);
    }
  }
}
