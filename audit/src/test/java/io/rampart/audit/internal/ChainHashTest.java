package io.rampart.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainHashTest {
  private static final AccountId ACCOUNT =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));

  private static AuditRecord baseline() {
    return new AuditRecord(
        7,
        Instant.parse("2026-11-02T10:15:30.123456Z"),
        "account.signed_in",
        Actor.account(ACCOUNT),
        ACCOUNT,
        "203.0.113.7",
        "agent",
        Map.of("method", "password"),
        ChainHash.GENESIS,
        null);
  }

  private static AuditRecord withType(AuditRecord r, String type) {
    return new AuditRecord(
        r.sequence(),
        r.occurredAt(),
        type,
        r.actor(),
        r.account(),
        r.ipAddress(),
        r.userAgent(),
        r.data(),
        r.previousHash(),
        r.hash());
  }

  private static AuditRecord withOrigin(AuditRecord r, String ip, String userAgent) {
    return new AuditRecord(
        r.sequence(),
        r.occurredAt(),
        r.type(),
        r.actor(),
        r.account(),
        ip,
        userAgent,
        r.data(),
        r.previousHash(),
        r.hash());
  }

  private static AuditRecord withData(AuditRecord r, Map<String, String> data) {
    return new AuditRecord(
        r.sequence(),
        r.occurredAt(),
        r.type(),
        r.actor(),
        r.account(),
        r.ipAddress(),
        r.userAgent(),
        data,
        r.previousHash(),
        r.hash());
  }

  @Test
  void isLowercaseHexSha256() {
    assertThat(ChainHash.of(baseline())).matches("[0-9a-f]{64}");
  }

  @Test
  void isStableForTheSameContent() {
    assertThat(ChainHash.of(baseline())).isEqualTo(ChainHash.of(baseline()));
  }

  @Test
  void ignoresTheRecordsOwnHash() {
    AuditRecord sealed = ChainHash.seal(baseline());

    assertThat(ChainHash.of(sealed)).isEqualTo(sealed.hash()).isEqualTo(ChainHash.of(baseline()));
  }

  @Test
  void changesWhenACharacterMovesBetweenAdjacentFields() {
    AuditRecord original = withOrigin(baseline(), "203.0.113.7", "agent");
    AuditRecord moved = withOrigin(baseline(), "203.0.113.", "7agent");

    assertThat(ChainHash.of(moved)).isNotEqualTo(ChainHash.of(original));
  }

  @Test
  void changesWhenACharacterMovesBetweenADataKeyAndItsValue() {
    AuditRecord original = withData(baseline(), Map.of("ab", "c"));
    AuditRecord moved = withData(baseline(), Map.of("a", "bc"));

    assertThat(ChainHash.of(moved)).isNotEqualTo(ChainHash.of(original));
  }

  @Test
  void tellsAnAbsentValueFromAnEmptyOne() {
    assertThat(ChainHash.of(withOrigin(baseline(), null, "agent")))
        .isNotEqualTo(ChainHash.of(withOrigin(baseline(), "", "agent")));
  }

  @Test
  void changesWithTheTimeDownToTheMicrosecond() {
    AuditRecord r = baseline();
    AuditRecord later =
        new AuditRecord(
            r.sequence(),
            r.occurredAt().plusNanos(1_000),
            r.type(),
            r.actor(),
            r.account(),
            r.ipAddress(),
            r.userAgent(),
            r.data(),
            r.previousHash(),
            r.hash());

    assertThat(ChainHash.of(later)).isNotEqualTo(ChainHash.of(r));
  }

  @Test
  void changesWithTheActorKind() {
    AuditRecord r = baseline();
    AuditRecord asOperator =
        new AuditRecord(
            r.sequence(),
            r.occurredAt(),
            r.type(),
            new Actor(Actor.Kind.OPERATOR, ACCOUNT.toString()),
            r.account(),
            r.ipAddress(),
            r.userAgent(),
            r.data(),
            r.previousHash(),
            r.hash());

    assertThat(ChainHash.of(asOperator)).isNotEqualTo(ChainHash.of(r));
  }

  @Test
  void changesWithThePreviousHash() {
    AuditRecord r = baseline();
    AuditRecord relinked =
        new AuditRecord(
            r.sequence(),
            r.occurredAt(),
            r.type(),
            r.actor(),
            r.account(),
            r.ipAddress(),
            r.userAgent(),
            r.data(),
            "1".repeat(64),
            r.hash());

    assertThat(ChainHash.of(relinked)).isNotEqualTo(ChainHash.of(r));
  }

  @Test
  void doesNotDependOnTheOrderTheDataMapIsIteratedIn() {
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("a", "1");
    forward.put("b", "2");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("b", "2");
    backward.put("a", "1");

    assertThat(ChainHash.of(withData(baseline(), backward)))
        .isEqualTo(ChainHash.of(withData(baseline(), forward)));
  }

  @Test
  void hashesUnicodeTextByItsUtf8Form() {
    assertThat(ChainHash.of(withType(baseline(), "konto.geändert")))
        .isNotEqualTo(ChainHash.of(withType(baseline(), "konto.geandert")));
  }

  @Test
  void rejectsTextWithoutAUtf8Form() {
    assertThatThrownBy(() -> ChainHash.of(withType(baseline(), "bad\uD800")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
