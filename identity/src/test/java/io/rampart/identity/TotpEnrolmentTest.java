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

/** Setting up an authenticator app: elevate, start, confirm with a current code. */
class TotpEnrolmentTest {
  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SessionId session;

  @BeforeEach
  void signIn() {
    owner = fx.owner();
    session = fx.signedIn(HOME, null).session().id();
  }

  @Nested
  class Starting {
    @Test
    void needsASessionElevatedForAddingAFactor() {
      assertThat(fx.identity.enrolTotp(owner, session, HOME))
          .isEqualTo(new TotpEnrolmentOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED));
      assertThat(fx.totp.find(owner)).isEmpty();
    }

    @Test
    void showsTheSecretAsBase32AnOtpauthUriAndAQrPng() {
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);

      TotpEnrolment enrolment =
          ((TotpEnrolmentOutcome.Started) fx.identity.enrolTotp(owner, session, HOME)).enrolment();

      assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
      assertThat(enrolment.otpauthUri())
          .isEqualTo(
              "otpauth://totp/Rampart:owner%40example.com?secret="
                  + enrolment.secret()
                  + "&issuer=Rampart&algorithm=SHA1&digits=6&period=30");
      assertThat(enrolment.qrPng()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
    }

    @Test
    void keepsTheSeedSealedAndPendingUntilConfirmed() {
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);
      TotpEnrolment enrolment =
          ((TotpEnrolmentOutcome.Started) fx.identity.enrolTotp(owner, session, HOME)).enrolment();

      TotpFactor stored = fx.totp.find(owner).orElseThrow();
      assertThat(stored.confirmed()).isFalse();
      assertThat(stored.encryptedSeed()).startsWith("v1.").doesNotContain(enrolment.secret());
      assertThat(fx.identity.secondFactors(owner).totpPending()).isTrue();
      assertThat(fx.identity.secondFactors(owner).hasAuthenticator()).isFalse();
    }

    @Test
    void refusesASecondAppWhileOneIsConfirmed() {
      fx.enrolTotp(owner, session);

      assertThat(fx.identity.enrolTotp(owner, session, HOME))
          .isEqualTo(new TotpEnrolmentOutcome.Refused(ReasonCode.AUTH_MFA_ALREADY_ENROLLED));
    }
  }

  @Nested
  class Confirming {
    private byte[] seed;

    @BeforeEach
    void start() {
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);
      TotpEnrolment enrolment =
          ((TotpEnrolmentOutcome.Started) fx.identity.enrolTotp(owner, session, HOME)).enrolment();
      seed = TotpTestCodes.decodeBase32(enrolment.secret());
    }

    @Test
    void activatesWithACurrentCodeAndHandsOutTenRecoveryCodesOnce() {
      FactorChangeOutcome confirmed =
          fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME);

      assertThat(confirmed).isInstanceOf(FactorChangeOutcome.Changed.class);
      assertThat(((FactorChangeOutcome.Changed) confirmed).recoveryCodes()).hasSize(10);
      assertThat(fx.identity.secondFactors(owner))
          .isEqualTo(new MfaOverview(true, false, java.util.List.of(), 10));
      assertThat(confirmed.toString())
          .doesNotContain(((FactorChangeOutcome.Changed) confirmed).recoveryCodes().getFirst());
    }

    @Test
    void tellsTheOwnerAndAuditsTheNewFactor() {
      fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME);

      assertThat(fx.mails(NoticeKind.SECOND_FACTOR_ADDED)).hasSize(1);
      assertThat(fx.mails(NoticeKind.SECOND_FACTOR_ADDED).getFirst().body())
          .contains("authenticator app");
      assertThat(fx.auditTypes()).contains("mfa.totp_enrolment_started", "mfa.factor_added");
    }

    @Test
    void refusesAWrongCodeAndStaysPending() {
      String wrong = fx.totpCode(seed).equals("000000") ? "000001" : "000000";

      assertThat(fx.identity.confirmTotp(owner, session, wrong, HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
      assertThat(fx.totp.find(owner).orElseThrow().confirmed()).isFalse();
    }

    @Test
    void refusesACodeFromTwoStepsAgo() {
      String old = fx.totpCode(seed);
      fx.clock.advance(Duration.ofSeconds(61));

      assertThat(fx.identity.confirmTotp(owner, session, old, HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void usesUpTheConfirmingCodesTimeStep() {
      String code = fx.totpCode(seed);
      fx.identity.confirmTotp(owner, session, code, HOME);

      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(fx.complete(challenge, new Proof.Totp(code)))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void refusesAConfirmationFromAnotherSessionOfTheAccount() {
      SessionId other = fx.signedIn(HOME, null).session().id();
      fx.stepUpByEmail(owner, other, SensitiveAction.ADD_FACTOR);

      assertThat(fx.identity.confirmTotp(owner, other, fx.totpCode(seed), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT));
      assertThat(fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);
    }

    @Test
    void needsTheElevationStillInForce() {
      fx.clock.advance(Duration.ofMinutes(5));

      assertThat(fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED));
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);
      assertThat(fx.identity.confirmTotp(owner, session, fx.nextTotpCode(seed), HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);
    }

    @Test
    void refusesASetUpOlderThanTenMinutesEvenWithAFreshElevation() {
      fx.clock.advance(Duration.ofMinutes(10));
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);

      assertThat(fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT));
      assertThat(fx.identity.secondFactors(owner).hasAuthenticator()).isFalse();
    }

    @Test
    void refusesWithoutAPendingEnrolment() {
      fx.identity.confirmTotp(owner, session, fx.totpCode(seed), HOME);

      assertThat(fx.identity.confirmTotp(owner, session, fx.nextTotpCode(seed), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_NO_PENDING_ENROLMENT));
    }
  }
}
