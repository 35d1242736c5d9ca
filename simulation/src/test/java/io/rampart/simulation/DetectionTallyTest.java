package io.rampart.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.ActionType;
import io.rampart.risk.Assessment;
import io.rampart.risk.Decision;
import io.rampart.risk.Finding;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.SubjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DetectionTallyTest {
  private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
  private static final SubjectId VICTIM = new SubjectId("v");
  private final DetectionTally tally = new DetectionTally(FROM);

  @Test
  void catchesAnIncidentWhenFrictionComesAtOrBeforeItsFirstWithdrawal() {
    var early = new Label(Actor.ACCOUNT_TAKEOVER, "a-1");
    tally.add(signIn(1, true), early, Decision.ALLOW, Decision.CHALLENGE);
    tally.add(withdrawal(2), early, Decision.REVIEW, Decision.ALLOW);
    var late = new Label(Actor.ACCOUNT_TAKEOVER, "a-2");
    tally.add(signIn(3, true), late, Decision.ALLOW, Decision.ALLOW);
    tally.add(withdrawal(4), late, Decision.ALLOW, Decision.ALLOW);
    tally.add(withdrawal(5), late, Decision.DENY, Decision.ALLOW);

    var row = tally.attacks().get(Actor.ACCOUNT_TAKEOVER);
    assertThat(row.incidents()).isEqualTo(2);
    assertThat(row.caught()).isEqualTo(1);
    assertThat(row.baselineCaught()).isEqualTo(1);
    assertThat(row.withdrawals()).isEqualTo(2);
    assertThat(row.held()).isEqualTo(1);
    assertThat(row.actions()).isEqualTo(5);
    assertThat(row.actionsWithFriction()).isEqualTo(2);
    assertThat(tally.takeovers().incidents()).isEqualTo(2);
  }

  @Test
  void countsNeitherFailedSignInsNorDepositsNorTheWarmUp() {
    var stuffing = new Label(Actor.CREDENTIAL_STUFFING, "campaign");
    tally.add(signIn(1, false), stuffing, Decision.ALLOW, Decision.ALLOW);
    tally.add(signIn(-5, true), Label.LEGITIMATE, Decision.CHALLENGE, Decision.ALLOW);
    tally.add(signIn(1, false), Label.LEGITIMATE, Decision.CHALLENGE, Decision.ALLOW);
    assertThat(tally.attacks().get(Actor.CREDENTIAL_STUFFING).incidents()).isZero();
    assertThat(tally.legitimate()).isEmpty();
  }

  @Test
  void countsLegitimateFrictionAndHoldsPerActionType() {
    tally.add(signIn(1, true), Label.LEGITIMATE, Decision.ALLOW, Decision.CHALLENGE);
    tally.add(signIn(2, true), Label.LEGITIMATE, Decision.CHALLENGE, Decision.ALLOW);
    tally.add(withdrawal(3), Label.LEGITIMATE, Decision.REVIEW, Decision.ALLOW);
    var signIns = tally.legitimate().get(ActionType.SIGN_IN);
    assertThat(signIns.actions()).isEqualTo(2);
    assertThat(signIns.friction()).isEqualTo(1);
    assertThat(signIns.held()).isZero();
    assertThat(signIns.baselineFriction()).isEqualTo(1);
    assertThat(tally.legitimate().get(ActionType.WITHDRAWAL).held()).isEqualTo(1);
    assertThat(tally.toMarkdown()).contains("| SIGN_IN | 2 | 50.0% | 0.0% | 50.0% |");
  }

  @Test
  void sharesEachReasonOverTheActionsOfEachKind() {
    var victim = new Label(Actor.CREDENTIAL_STUFFING, "v-1");
    tally.add(
        signIn(1, true), victim, assessment(RiskReason.RISK_CREDENTIAL_STUFFING), Decision.ALLOW);
    tally.add(withdrawal(2), victim, assessment(), Decision.ALLOW);
    tally.add(
        signIn(3, false), victim, assessment(RiskReason.RISK_CREDENTIAL_STUFFING), Decision.ALLOW);
    tally.add(signIn(4, true), Label.LEGITIMATE, assessment(), Decision.ALLOW);

    var shares = tally.reasonShares(RiskReason.RISK_CREDENTIAL_STUFFING);
    assertThat(shares).containsEntry(Actor.CREDENTIAL_STUFFING, "50.0%");
    assertThat(shares).containsEntry(Actor.LEGITIMATE, "0.0%");
    assertThat(shares).containsEntry(Actor.ACCOUNT_TAKEOVER, "-");
    assertThat(tally.reasonShares(RiskReason.RISK_NEW_DEVICE)).isEmpty();
    assertThat(tally.toMarkdown()).contains("| RISK_CREDENTIAL_STUFFING | 0.0% | 50.0% |");
  }

  private static Assessment assessment(RiskReason... found) {
    var findings = java.util.Arrays.stream(found).map(r -> new Finding.Signal(r, 40, "x")).toList();
    return new Assessment(
        "a",
        ActionType.SIGN_IN,
        found.length > 0 ? Decision.CHALLENGE : Decision.ALLOW,
        40,
        findings,
        "v");
  }

  private static RiskEvent.SignInAttempt signIn(int minutes, boolean success) {
    return new RiskEvent.SignInAttempt(
        "s" + minutes,
        VICTIM,
        FROM.plusSeconds(minutes * 60L),
        success,
        "192.0.2.1",
        null,
        null,
        false);
  }

  private static RiskEvent.WithdrawalRequest withdrawal(int minutes) {
    return new RiskEvent.WithdrawalRequest(
        "w" + minutes,
        VICTIM,
        FROM.plusSeconds(minutes * 60L),
        "BTC",
        "bitcoin",
        1,
        8,
        100,
        "bc1q",
        false,
        null,
        null,
        null,
        null);
  }
}
