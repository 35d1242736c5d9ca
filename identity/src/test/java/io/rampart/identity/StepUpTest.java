package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.HOME;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.SessionId;
import io.rampart.notification.NoticeKind;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Step-up per action, step by step. */
class StepUpTest {
  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SessionId session;

  @BeforeEach
  void signIn() {
    owner = fx.owner();
    session = fx.signedIn(HOME, null).session().id();
  }

  private Authorization authorize(SensitiveAction action) {
    return fx.identity.authorize(owner, session, action, HOME);
  }

  @Nested
  class LookingUpTheCatalogue {
    @Test
    void anActionThatNeedsOnlyTheSessionIsGranted() {
      assertThat(authorize(SensitiveAction.VIEW_ACCOUNT))
          .isEqualTo(new Authorization.Granted(null));
      assertThat(authorize(SensitiveAction.END_SESSIONS))
          .isEqualTo(new Authorization.Granted(null));
      assertThat(fx.challenges.find(new ChallengeId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void theCatalogueIsConfiguration() {
      fx.configure(
          SensitiveAction.CHANGE_PASSWORD,
          new ActionCatalogue.Rule(ActionCatalogue.Risk.HIGH, ActionCatalogue.Assurance.SESSION));

      assertThat(authorize(SensitiveAction.CHANGE_PASSWORD))
          .isEqualTo(new Authorization.Granted(null));
    }
  }

  @Nested
  class Challenging {
    @Test
    void anAccountWithoutAuthenticatorsGetsAnEmailedCode() {
      Authorization answer = authorize(SensitiveAction.CHANGE_PASSWORD);

      assertThat(answer).isInstanceOf(Authorization.StepUpRequired.class);
      ChallengeView challenge = ((Authorization.StepUpRequired) answer).challenge();
      assertThat(challenge.action()).isEqualTo(SensitiveAction.CHANGE_PASSWORD);
      assertThat(challenge.methods()).containsExactly(FactorMethod.EMAIL_CODE);
      assertThat(fx.mails(NoticeKind.MFA_EMAIL_CODE))
          .singleElement()
          .satisfies(m -> assertThat(m.body()).contains("change-password"));
      Challenge stored = fx.challenges.find(challenge.id()).orElseThrow();
      assertThat(stored.emailCodeHash()).hasSize(64).doesNotContain(fx.emailCode());
    }

    @Test
    void anActionThatNeedsAnAuthenticatorIsRefusedToAnAccountWithoutOne() {
      assertThat(authorize(SensitiveAction.WITHDRAW))
          .isEqualTo(new Authorization.Refused(ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED));
    }

    @Test
    void anAccountWithAnAppProvesTheAppNotItsMailbox() {
      fx.enrolTotp(owner, session);
      fx.clock.advance(Duration.ofMinutes(6));

      ChallengeView challenge =
          ((Authorization.StepUpRequired) authorize(SensitiveAction.WITHDRAW)).challenge();

      assertThat(challenge.methods())
          .containsExactly(FactorMethod.TOTP, FactorMethod.RECOVERY_CODE);
    }

    @Test
    void aPhishingResistantActionOffersOnlyPasskeys() {
      fx.enrolTotp(owner, session);
      fx.configure(
          SensitiveAction.WITHDRAW,
          new ActionCatalogue.Rule(
              ActionCatalogue.Risk.CRITICAL, ActionCatalogue.Assurance.PHISHING_RESISTANT));

      assertThat(authorize(SensitiveAction.WITHDRAW))
          .isEqualTo(new Authorization.Refused(ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED));
    }

    @Test
    void mailsAtMostFiveCodesAnHour() {
      for (int i = 0; i < 5; i++) {
        assertThat(fx.identity.startStepUp(owner, session, SensitiveAction.CHANGE_PASSWORD, HOME))
            .isInstanceOf(Authorization.StepUpRequired.class);
      }

      Authorization sixth =
          fx.identity.startStepUp(owner, session, SensitiveAction.CHANGE_PASSWORD, HOME);

      assertThat(sixth).isInstanceOf(Authorization.Throttled.class);
      assertThat(fx.mails(NoticeKind.MFA_EMAIL_CODE)).hasSize(5);
    }
  }

  @Nested
  class Elevating {
    private ChallengeView challenge;

    @BeforeEach
    void start() {
      challenge =
          ((Authorization.StepUpRequired) authorize(SensitiveAction.CHANGE_PASSWORD)).challenge();
    }

    @Test
    void theRightCodeElevatesTheSessionForThatActionForFiveMinutes() {
      StepUpOutcome outcome =
          fx.identity.completeStepUp(
              owner, session, challenge.id(), new Proof.EmailCode(fx.emailCode()), HOME);

      assertThat(outcome)
          .isEqualTo(
              new StepUpOutcome.Elevated(
                  SensitiveAction.CHANGE_PASSWORD, fx.clock.instant().plus(Duration.ofMinutes(5))));
      assertThat(authorize(SensitiveAction.CHANGE_PASSWORD))
          .isEqualTo(new Authorization.Granted(fx.clock.instant().plus(Duration.ofMinutes(5))));
      assertThat(fx.auditTypes()).contains("stepup.started", "stepup.granted");
    }

    @Test
    void theElevationEndsAfterFiveMinutes() {
      fx.identity.completeStepUp(
          owner, session, challenge.id(), new Proof.EmailCode(fx.emailCode()), HOME);
      fx.clock.advance(Duration.ofMinutes(5));

      assertThat(authorize(SensitiveAction.CHANGE_PASSWORD))
          .isInstanceOf(Authorization.StepUpRequired.class);
    }

    @Test
    void theElevationCoversNeitherAnotherActionNorAnotherSession() {
      fx.identity.completeStepUp(
          owner, session, challenge.id(), new Proof.EmailCode(fx.emailCode()), HOME);
      SessionId other = fx.signedIn(HOME, null).session().id();

      assertThat(authorize(SensitiveAction.ADD_FACTOR))
          .isInstanceOf(Authorization.StepUpRequired.class);
      assertThat(fx.identity.authorize(owner, other, SensitiveAction.CHANGE_PASSWORD, HOME))
          .isInstanceOf(Authorization.StepUpRequired.class);
    }

    @Test
    void anotherSessionCannotCompleteTheChallenge() {
      SessionId other = fx.signedIn(HOME, null).session().id();

      assertThat(
              fx.identity.completeStepUp(
                  owner, other, challenge.id(), new Proof.EmailCode(fx.emailCode()), HOME))
          .isEqualTo(new StepUpOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND));
    }

    @Test
    void aWrongCodeIsRefusedAndAnExpiredCodeToo() {
      String code = fx.emailCode();
      String wrong = code.equals("000000") ? "000001" : "000000";

      assertThat(
              fx.identity.completeStepUp(
                  owner, session, challenge.id(), new Proof.EmailCode(wrong), HOME))
          .isEqualTo(new StepUpOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
      fx.clock.advance(Duration.ofMinutes(10));
      assertThat(
              fx.identity.completeStepUp(
                  owner, session, challenge.id(), new Proof.EmailCode(code), HOME))
          .isEqualTo(new StepUpOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED));
    }
  }
}
