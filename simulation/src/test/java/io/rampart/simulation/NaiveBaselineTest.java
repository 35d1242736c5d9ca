package io.rampart.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Decision;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SubjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NaiveBaselineTest {
  private final NaiveBaseline baseline = new NaiveBaseline();
  private final SubjectId alice = new SubjectId("alice");

  @Test
  void enrolsTheFirstClientThenChallengesEveryNewDeviceOrAddress() {
    assertThat(baseline.decide(signIn("192.0.2.1", "d1", true))).isEqualTo(Decision.ALLOW);
    assertThat(baseline.decide(signIn("192.0.2.1", "d1", true))).isEqualTo(Decision.ALLOW);
    assertThat(baseline.decide(signIn("192.0.2.2", "d1", true))).isEqualTo(Decision.CHALLENGE);
    assertThat(baseline.decide(signIn("192.0.2.2", "d2", true))).isEqualTo(Decision.CHALLENGE);
    assertThat(baseline.decide(signIn("192.0.2.2", "d2", true))).isEqualTo(Decision.ALLOW);
  }

  @Test
  void learnsNothingFromAFailedSignIn() {
    baseline.decide(signIn("192.0.2.1", "d1", true));
    assertThat(baseline.decide(signIn("192.0.2.9", "d1", false))).isEqualTo(Decision.CHALLENGE);
    assertThat(baseline.decide(signIn("192.0.2.9", "d1", true))).isEqualTo(Decision.CHALLENGE);
  }

  private RiskEvent.SignInAttempt signIn(String ip, String device, boolean success) {
    return new RiskEvent.SignInAttempt(
        "e", alice, Instant.parse("2026-07-01T00:00:00Z"), success, ip, null, device, false);
  }
}
