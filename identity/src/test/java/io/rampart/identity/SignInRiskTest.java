package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.ATTACKER;
import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.SignInVerdict.Decision;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.notification.NoticeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Step 6 of sign-in: the risk engine is asked, and its denial refuses the sign-in. */
class SignInRiskTest {
  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;

  @BeforeEach
  void registerOwner() {
    owner = fx.owner();
  }

  @Nested
  class AskingTheRiskEngine {
    @Test
    void asksOnceWithTheFactsOfACorrectSignIn() {
      fx.signedIn(HOME, null);

      assertThat(fx.risk.assessed)
          .singleElement()
          .satisfies(
              facts -> {
                assertThat(facts.account()).isEqualTo(owner);
                assertThat(facts.email()).isEqualTo(EMAIL);
                assertThat(facts.origin()).isEqualTo(HOME);
                assertThat(facts.occurredAt()).isEqualTo(fx.clock.instant());
                assertThat(facts.knownDevice()).isFalse();
                assertThat(facts.deviceId()).hasSize(64);
              });
      assertThat(fx.risk.failures).isEmpty();
    }

    @Test
    void namesTheSameDeviceIdOnceTheDeviceIsKnown() {
      SignInOutcome.SignedIn first = fx.signedIn(HOME, null);
      fx.signedIn(HOME, first.deviceToken());

      assertThat(fx.risk.assessed).hasSize(2);
      assertThat(fx.risk.assessed.get(1).deviceId()).isEqualTo(fx.risk.assessed.get(0).deviceId());
      assertThat(fx.risk.assessed.get(1).knownDevice()).isTrue();
      assertThat(fx.risk.assessed.get(1).attemptId())
          .isNotEqualTo(fx.risk.assessed.get(0).attemptId());
    }

    @Test
    void isNotAskedBeforeTheAddressIsVerified() {
      fx.register("late@example.com", PASSWORD);

      assertThat(fx.signIn("late@example.com", PASSWORD, HOME, null))
          .isEqualTo(new SignInOutcome.Refused(ReasonCode.AUTH_EMAIL_NOT_VERIFIED));
      assertThat(fx.risk.assessed).isEmpty();
    }
  }

  @Nested
  class ReportingFailures {
    @Test
    void reportsAWrongPasswordWithTheAccount() {
      fx.signIn(EMAIL, "not the password at all", ATTACKER, null);

      assertThat(fx.risk.failures)
          .singleElement()
          .satisfies(
              facts -> {
                assertThat(facts.account()).isEqualTo(owner);
                assertThat(facts.origin()).isEqualTo(ATTACKER);
              });
      assertThat(fx.risk.assessed).isEmpty();
    }

    @Test
    void reportsAnUnknownAddressWithoutAnAccount() {
      fx.signIn("nobody@example.com", PASSWORD, ATTACKER, null);

      assertThat(fx.risk.failures)
          .singleElement()
          .satisfies(
              facts -> {
                assertThat(facts.account()).isNull();
                assertThat(facts.email()).isEqualTo("nobody@example.com");
                assertThat(facts.deviceId()).isNull();
              });
    }
  }

  @Nested
  class ActingOnTheVerdict {
    @Test
    void refusesADeniedSignInWithoutOpeningASession() {
      fx.risk.answer(Decision.DENY, "RISK_IMPOSSIBLE_TRAVEL");

      assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null))
          .isEqualTo(new SignInOutcome.Refused(ReasonCode.RISK_DENIED));
      assertThat(fx.sessions.all()).isEmpty();
      assertThat(fx.lastAudit().type()).isEqualTo("signin.refused");
      assertThat(fx.lastAudit().data())
          .containsEntry("reason", "risk-denied")
          .containsEntry("riskReasons", "RISK_IMPOSSIBLE_TRAVEL")
          .containsEntry("assessment", "assessment-1");
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).isEmpty();
    }

    @Test
    void doesNotCountADeniedSignInAsAFailedPassword() {
      fx.risk.answer(Decision.DENY);
      for (int i = 0; i < 10; i++) {
        fx.signIn(EMAIL, PASSWORD, ATTACKER, null);
      }
      fx.risk.answer(Decision.ALLOW);

      assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null))
          .isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void letsAChallengedSignInThroughAndTellsTheOwnerItWasUnusual() {
      fx.risk.answer(Decision.CHALLENGE, "RISK_NEW_DEVICE");

      SignInOutcome.SignedIn signedIn = fx.signedIn(ATTACKER, null);

      assertThat(signedIn.risk().decision()).isEqualTo(Decision.CHALLENGE);
      assertThat(fx.mails(NoticeKind.UNUSUAL_SIGN_IN)).hasSize(1);
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).isEmpty();
      assertThat(fx.lastAudit().type()).isEqualTo("signin.succeeded");
      assertThat(fx.lastAudit().data())
          .containsEntry("risk", "CHALLENGE")
          .containsEntry("assessment", "assessment-1");
    }

    @Test
    void keepsTheUsualNoticeForAnAllowedSignInFromANewDevice() {
      fx.risk.answer(Decision.ALLOW);

      fx.signedIn(HOME, null);

      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).hasSize(1);
      assertThat(fx.mails(NoticeKind.UNUSUAL_SIGN_IN)).isEmpty();
      assertThat(fx.lastAudit().data()).containsEntry("risk", "ALLOW");
    }
  }
}
