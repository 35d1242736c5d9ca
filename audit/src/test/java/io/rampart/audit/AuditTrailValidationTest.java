package io.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds an event must keep before it is appended. */
class AuditTrailValidationTest {
  private final InMemoryAuditStore store = new InMemoryAuditStore();
  private final AuditTrail trail =
      new AuditTrail(store, new MutableClock(Instant.parse("2026-11-02T10:15:30Z")));

  private AuditRecord append(AuditEvent event) {
    return store.transactions().inTransaction(() -> trail.append(event));
  }

  @Test
  void rejectsABlankType() {
    assertRejected(new AuditEvent(" ", Actor.SYSTEM, null, null, null));
  }

  @Test
  void rejectsATypeLongerThanOneHundredCharacters() {
    assertThat(append(new AuditEvent("t".repeat(100), Actor.SYSTEM, null, null, null)).type())
        .hasSize(100);
    assertRejected(new AuditEvent("t".repeat(101), Actor.SYSTEM, null, null, null));
  }

  @Test
  void rejectsMoreThanSixtyFourDataEntries() {
    Map<String, String> data = new HashMap<>();
    for (int i = 0; i < 65; i++) {
      data.put("k" + i, "v");
    }
    assertRejected(new AuditEvent("x.happened", Actor.SYSTEM, null, null, data));
  }

  @Test
  void rejectsATooLongDataKeyOrValue() {
    assertRejected(
        new AuditEvent("x.happened", Actor.SYSTEM, null, null, Map.of("k".repeat(65), "v")));
    assertRejected(
        new AuditEvent("x.happened", Actor.SYSTEM, null, null, Map.of("k", "v".repeat(1_001))));
  }

  @Test
  void rejectsANullDataValue() {
    Map<String, String> data = new HashMap<>();
    data.put("k", null);
    assertRejected(new AuditEvent("x.happened", Actor.SYSTEM, null, null, data));
  }

  @Test
  void rejectsTextTheStoreCannotKeepExactly() {
    assertRejected(new AuditEvent("x.happened", Actor.SYSTEM, null, null, Map.of("k", "a\0b")));
    assertRejected(
        new AuditEvent(
            "x.happened", Actor.SYSTEM, null, new RequestOrigin(null, "agent\uDC00"), null));
  }

  @Test
  void doesNotEchoTheRejectedValue() {
    assertThatThrownBy(
            () ->
                append(
                    new AuditEvent(
                        "x.happened",
                        Actor.SYSTEM,
                        null,
                        null,
                        Map.of("k", "secret-" + "v".repeat(1_000)))))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("secret");
  }

  private void assertRejected(AuditEvent event) {
    assertThatThrownBy(() -> append(event)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.head()).map(AuditStore.Head::sequence).isNotEqualTo(java.util.Optional.of(2L));
  }
}
