package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskEngineTest {
  private final RiskEngine engine = new RiskEngine();
  private final Policy policy = Policy.defaults();

  /** Alice signs in from home for a month. */
  private final Profile alice;

  private final GlobalFeatureCounts global = population();

  RiskEngineTest() {
    Profile p = Profile.EMPTY;
    for (int day = 1; day <= 28; day++) {
      var e = signIn(String.format("2026-02-%02dT09:00:00Z", day));
      p = engine.observe(p, e, new EventContext(BERLIN, global));
      global.observe(e, BERLIN);
    }
    alice = p;
  }

  @Test
  void allowsAHabitualSignInWithoutFindings() {
    var a =
        engine.assess(
            alice, signIn("2026-03-01T09:00:00Z"), new EventContext(BERLIN, global), policy);
    assertThat(a.decision()).isEqualTo(Decision.ALLOW);
    assertThat(a.score()).isZero();
    assertThat(a.findings()).isEmpty();
    assertThat(a.policyVersion()).isEqualTo(Policy.defaults().version());
    assertThat(a.action()).isEqualTo(ActionType.SIGN_IN);
  }

  @Test
  void explainsAChallengeWithEachFindingAndItsPoints() {
    var takeover =
        new RiskEvent.SignInAttempt(
            "ato",
            ALICE,
            Instant.parse("2026-02-28T11:00:00Z"),
            true,
            "192.0.2.50",
            FIREFOX_LINUX,
            "attacker-laptop",
            false);
    var a = engine.assess(alice, takeover, new EventContext(SINGAPORE, global), policy);
    assertThat(a.findings())
        .extracting(Finding.Signal::reason)
        .containsExactly(
            RiskReason.RISK_NEW_DEVICE,
            RiskReason.RISK_UNFAMILIAR_SIGN_IN,
            RiskReason.RISK_IMPOSSIBLE_TRAVEL);
    assertThat(a.score()).isEqualTo(a.findings().stream().mapToInt(Finding.Signal::points).sum());
    assertThat(a.decision()).isIn(Decision.CHALLENGE, Decision.REVIEW);
  }

  @Test
  void mapsTheScoreToTheBandsOfTheActionType() {
    var bad = new EventContext(flagged(true, true, true), global);
    var signIn = engine.assess(alice, signIn("2026-03-01T09:00:00Z"), bad, policy);
    assertThat(signIn.score()).isEqualTo(60 + 20 + 15);
    assertThat(signIn.decision()).isEqualTo(Decision.REVIEW);
    var deposit = engine.assess(alice, deposit("2026-03-01T09:00:00Z", 100), bad, policy);
    assertThat(deposit.findings()).isEmpty();
    assertThat(deposit.decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void assessesUnderACandidatePolicyWithoutEnforcingIt() {
    String strict =
        Policy.defaultYaml()
            .replaceFirst("policyVersion: .*", "policyVersion: strict-1")
            .replace(
                "SIGN_IN:         {CHALLENGE: 40, REVIEW: 90, DENY: 120}",
                "SIGN_IN:         {CHALLENGE: 10, REVIEW: 15, DENY: 20}");
    Policy candidate = ((PolicyLoad.Loaded) Policy.parse(strict)).policy();
    var event = signIn("2026-03-01T09:00:00Z", "198.51.100.10", "dev-2");
    var both = engine.assess(alice, event, new EventContext(BERLIN, global), policy, candidate);
    assertThat(both.enforced().policyVersion()).isEqualTo(Policy.defaults().version());
    assertThat(both.enforced().decision()).isEqualTo(Decision.ALLOW);
    assertThat(both.shadow().policyVersion()).isEqualTo("strict-1");
    assertThat(both.shadow().decision()).isEqualTo(Decision.DENY);
    assertThat(both.decisionsDiffer()).isTrue();
    assertThat(both.shadow().findings()).isEqualTo(both.enforced().findings());
  }

  @Test
  void doesNotChangeTheProfileItAssesses() {
    byte[] before = ProfileCodec.encode(alice);
    engine.assess(alice, failedSignIn("2026-03-01T09:00:00Z"), context(BERLIN), policy);
    assertThat(ProfileCodec.encode(alice)).isEqualTo(before);
  }

  @Test
  void learnsFromEventsItRefused() {
    var failures =
        List.of(
            failedSignIn("2026-03-01T09:00:00Z"),
            failedSignIn("2026-03-01T09:01:00Z"),
            failedSignIn("2026-03-01T09:02:00Z"),
            failedSignIn("2026-03-01T09:03:00Z"),
            failedSignIn("2026-03-01T09:04:00Z"));
    Profile p = alice;
    for (var f : failures) {
      p = engine.observe(p, f, context(BERLIN));
    }
    var a = engine.assess(p, signIn("2026-03-01T09:05:00Z"), context(BERLIN), policy);
    assertThat(a.findings())
        .extracting(Finding.Signal::reason)
        .contains(RiskReason.RISK_FAILED_SIGN_IN_BURST);
  }
}
