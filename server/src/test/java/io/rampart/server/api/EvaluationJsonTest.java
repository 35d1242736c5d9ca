package io.rampart.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.ActionType;
import io.rampart.risk.Assessment;
import io.rampart.risk.Decision;
import io.rampart.risk.Finding;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskFixture;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskStoreContracts;
import io.rampart.server.risk.RiskOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EvaluationJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static RiskOutcome outcome(Assessment enforced, boolean duplicate) {
    RecordedAssessment r =
        RiskStoreContracts.aRecord(
            "exchange", "e-1", RiskFixture.ALICE, 1, Instant.parse("2026-03-01T10:00:00Z"));
    return new RiskOutcome(
        new RecordedAssessment(
            r.id(),
            r.key(),
            r.account(),
            r.accountSeq(),
            r.eventType(),
            r.occurredAt(),
            r.recordedAt(),
            r.document(),
            r.ipFacts(),
            enforced,
            r.shadow()),
        duplicate);
  }

  @Test
  void writesWhatTheMapperWritesForTheRecord() {
    List<RiskOutcome> outcomes =
        List.of(
            outcome(
                new Assessment("e-1", ActionType.DEPOSIT, Decision.ALLOW, 0, List.of(), "v1"),
                false),
            outcome(
                new Assessment(
                    "e-1",
                    ActionType.WITHDRAWAL,
                    Decision.DENY,
                    130,
                    List.of(
                        new Finding.Signal(RiskReason.RISK_NEW_DEVICE, 20, "device \"d-1\" is new"),
                        new Finding.Signal(
                            RiskReason.RISK_FAILED_SIGN_IN_BURST, 110, "tab\t, line\n, ünï 🛡")),
                    "policy ✓"),
                true));
    for (RiskOutcome o : outcomes) {
      assertThat(new String(EvaluationJson.bytes(o), StandardCharsets.UTF_8))
          .isEqualTo(MAPPER.writeValueAsString(RiskController.Evaluation.of(o)));
    }
  }
}
