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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sign-in with a second factor, step by step. */
class SecondFactorSignInTest {
  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private IdentityFixture.Enrolled app;
  private String knownDevice;

  @BeforeEach
  void ownerWithAnAuthenticatorApp() {
    owner = fx.owner();
    SignInOutcome.SignedIn first = fx.signedIn(HOME, null);
    knownDevice = first.deviceToken();
    app = fx.enrolTotp(owner, first.session().id());
  }

  private String wrongCode() {
    return fx.totpCode(app.seed()).equals("000000") ? "000001" : "000000";
  }

  @Nested
  class WhenASecondFactorIsRequired {
    @Test
    void anAccountWithAFactorOnAnUntrustedDeviceGetsAChallengeNotASession() {
      int sessions = fx.sessions.all().size();

      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(challenge.purpose()).isEqualTo(Challenge.Purpose.SIGN_IN);
      assertThat(challenge.methods())
          .containsExactly(FactorMethod.TOTP, FactorMethod.RECOVERY_CODE);
      assertThat(challenge.expiresAt()).isEqualTo(fx.clock.instant().plus(Duration.ofMinutes(10)));
      assertThat(fx.sessions.all()).hasSize(sessions);
      assertThat(fx.auditTypes()).contains("signin.second_factor_required");
    }

    @Test
    void anAccountWithoutAFactorSignsInAndAChallengedSignInIsToldAsUnusual() {
      AccountId other = fx.verifiedAccount("plain@example.com", PASSWORD);
      fx.risk.answer(Decision.CHALLENGE, "NEW_COUNTRY");

      SignInOutcome outcome = fx.signIn("plain@example.com", PASSWORD, HOME, null);

      assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(fx.mails(NoticeKind.UNUSUAL_SIGN_IN))
          .anySatisfy(m -> assertThat(m.account()).isEqualTo(other));
    }

    @Test
    void aTrustedDeviceSkipsItWhileTheRiskEngineAllows() {
      String device = trustThisDevice();

      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aTrustedDeviceStillNeedsItWhenTheRiskEngineChallengesOrWantsAReview() {
      String device = trustThisDevice();

      fx.risk.answer(Decision.CHALLENGE, "IMPOSSIBLE_TRAVEL");
      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
      fx.risk.answer(Decision.REVIEW, "KNOWN_BAD_IP");
      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    }

    @Test
    void aTrustedDeviceStillNeedsItWhenThePolicySaysAlways() {
      String device = trustThisDevice();
      fx.mfa =
          fx.mfaWith(MfaSettings.SignInPolicy.ALWAYS, fx.mfa.actions(), fx.mfa.withdrawalLocks());
      fx.restart(IdentityFixture.settings());

      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    }

    @Test
    void aDeniedSignInIsRefusedBeforeAnyChallenge() {
      fx.risk.answer(Decision.DENY, "KNOWN_BAD_IP");

      assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null))
          .isEqualTo(new SignInOutcome.Refused(ReasonCode.RISK_DENIED));
    }
  }

  /** Signs in with the app and trusts the device; returns its device token. */
  private String trustThisDevice() {
    ChallengeView challenge = fx.challenged(HOME, null);
    SecondFactorOutcome.SignedIn signedIn =
        (SecondFactorOutcome.SignedIn)
            fx.identity.completeSignIn(
                challenge.id(), new Proof.Totp(fx.nextTotpCode(app.seed())), null, true, HOME);
    assertThat(signedIn.trustedDevice()).isNotNull();
    return signedIn.signedIn().deviceToken();
  }

  @Nested
  class CompletingTheChallenge {
    @Test
    void aCurrentAppCodeOpensTheSessionAndRecordsTheFactor() {
      ChallengeView challenge = fx.challenged(HOME, null);

      SecondFactorOutcome outcome =
          fx.complete(challenge, new Proof.Totp(fx.nextTotpCode(app.seed())));

      assertThat(outcome).isInstanceOf(SecondFactorOutcome.SignedIn.class);
      SecondFactorOutcome.SignedIn signedIn = (SecondFactorOutcome.SignedIn) outcome;
      assertThat(signedIn.method()).isEqualTo(FactorMethod.TOTP);
      assertThat(fx.identity.authenticate(signedIn.signedIn().token(), HOME))
          .isInstanceOf(AuthenticationOutcome.Authenticated.class);
      assertThat(fx.lastAudit().type()).isEqualTo("signin.succeeded");
      assertThat(fx.lastAudit().data()).containsEntry("secondFactor", "totp");
    }

    @Test
    void aCompletedChallengeTakesNoSecondProof() {
      ChallengeView challenge = fx.challenged(HOME, null);
      fx.complete(challenge, new Proof.Totp(fx.nextTotpCode(app.seed())));

      assertThat(fx.complete(challenge, new Proof.Totp(fx.nextTotpCode(app.seed()))))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND));
    }

    @Test
    void keepsTheKnownDeviceTokenWhenTheSameDeviceCompletes() {
      String device = knownDevice;
      ChallengeView challenge = fx.challenged(HOME, device);

      SecondFactorOutcome.SignedIn signedIn =
          (SecondFactorOutcome.SignedIn)
              fx.identity.completeSignIn(
                  challenge.id(), new Proof.Totp(fx.nextTotpCode(app.seed())), device, false, HOME);

      assertThat(signedIn.signedIn().deviceToken()).isEqualTo(device);
      assertThat(signedIn.signedIn().newDevice()).isFalse();
    }

    @Test
    void refusesAMethodTheChallengeDoesNotOffer() {
      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(fx.complete(challenge, new Proof.EmailCode("123456")))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_METHOD_NOT_OFFERED));
    }

    @Test
    void refusesAnExpiredChallenge() {
      ChallengeView challenge = fx.challenged(HOME, null);
      fx.clock.advance(Duration.ofMinutes(10));

      assertThat(fx.complete(challenge, new Proof.Totp(fx.totpCode(app.seed()))))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_EXPIRED));
    }

    @Test
    void refusesAnUnknownChallenge() {
      assertThat(
              fx.identity.completeSignIn(
                  new ChallengeId(java.util.UUID.randomUUID()),
                  new Proof.Totp("123456"),
                  null,
                  false,
                  HOME))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_NOT_FOUND));
    }
  }

  @Nested
  class Replay {
    @Test
    void anAppCodeAcceptedOnceIsNeverAcceptedAgain() {
      String code = fx.nextTotpCode(app.seed());
      fx.complete(fx.challenged(HOME, null), new Proof.Totp(code));

      assertThat(fx.complete(fx.challenged(HOME, null), new Proof.Totp(code)))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void anOlderStepIsRefusedOnceANewerOneWasUsed() {
      String previous = fx.nextTotpCode(app.seed());
      fx.clock.advance(Duration.ofSeconds(30));
      fx.complete(fx.challenged(HOME, null), new Proof.Totp(fx.totpCode(app.seed())));

      assertThat(fx.complete(fx.challenged(HOME, null), new Proof.Totp(previous)))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void ofTwoConcurrentSignInsWithTheSameCodeExactlyOneWins() throws Exception {
      String code = fx.nextTotpCode(app.seed());
      List<ChallengeView> challenges =
          List.of(fx.challenged(HOME, null), fx.challenged(ATTACKER, null));
      java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();

      List<SecondFactorOutcome> outcomes =
          Concurrently.run(
              2, () -> fx.complete(challenges.get(next.getAndIncrement()), new Proof.Totp(code)));

      assertThat(outcomes).filteredOn(SecondFactorOutcome.SignedIn.class::isInstance).hasSize(1);
      assertThat(outcomes)
          .contains(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }
  }

  @Nested
  class WrongProofs {
    @Test
    void theFifthWrongProofVoidsTheChallenge() {
      ChallengeView challenge = fx.challenged(HOME, null);
      for (int i = 0; i < 4; i++) {
        assertThat(fx.complete(challenge, new Proof.Totp(wrongCode())))
            .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
      }

      assertThat(fx.complete(challenge, new Proof.Totp(wrongCode())))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_VOID));
      assertThat(fx.complete(challenge, new Proof.Totp(fx.totpCode(app.seed()))))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_CHALLENGE_VOID));
      assertThat(fx.auditTypes()).contains("mfa.proof_failed", "mfa.challenge_voided");
    }

    @Test
    void concurrentGuessesGetNoMoreThanFiveTries() throws Exception {
      ChallengeView challenge = fx.challenged(HOME, null);
      String wrong = wrongCode();

      List<SecondFactorOutcome> outcomes =
          Concurrently.run(8, () -> fx.complete(challenge, new Proof.Totp(wrong)));

      assertThat(fx.challenges.find(challenge.id()).orElseThrow().attempts()).isEqualTo(5);
      assertThat(outcomes).allMatch(SecondFactorOutcome.Refused.class::isInstance);
    }

    @Test
    void tooManyWrongProofsFromUnknownDevicesThrottleThemButNotTheRecoveryCodes() {
      for (int i = 0; i < 10; i++) {
        fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode()));
      }
      ChallengeView owners = fx.challenged(HOME, null);

      SecondFactorOutcome throttled =
          fx.complete(owners, new Proof.Totp(fx.nextTotpCode(app.seed())));
      SecondFactorOutcome recovered =
          fx.complete(owners, new Proof.RecoveryCode(app.recoveryCodes().getFirst()));

      assertThat(throttled).isInstanceOf(SecondFactorOutcome.Throttled.class);
      assertThat(((SecondFactorOutcome.Throttled) throttled).retryAfter())
          .isPositive()
          .isLessThanOrEqualTo(Duration.ofHours(1));
      assertThat(recovered).isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }

    @Test
    void wrongProofsFromUnknownDevicesDoNotThrottleADeviceTheAccountKnows() {
      for (int i = 0; i < 10; i++) {
        fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode()));
      }

      ChallengeView owners = fx.challenged(HOME, knownDevice);

      assertThat(
              fx.identity.completeSignIn(
                  owners.id(),
                  new Proof.Totp(fx.nextTotpCode(app.seed())),
                  knownDevice,
                  false,
                  HOME))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }

    @Test
    void wrongProofsAtSignInDoNotKeepTheOwnerFromSteppingUp() {
      io.rampart.kernel.SessionId session = fx.signedIn(HOME, trustThisDevice()).session().id();
      for (int i = 0; i < 10; i++) {
        fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode()));
      }
      assertThat(fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode())))
          .as("the attacker's own budget is used up")
          .isInstanceOf(SecondFactorOutcome.Throttled.class);

      fx.stepUpByTotp(owner, session, SensitiveAction.WITHDRAW, app.seed());
    }

    @Test
    void wrongStepUpProofsThrottleStepUpButNotSignIn() {
      io.rampart.kernel.SessionId session = fx.signedIn(HOME, trustThisDevice()).session().id();
      for (int i = 0; i < 10; i++) {
        ChallengeView challenge =
            ((Authorization.StepUpRequired)
                    fx.identity.startStepUp(owner, session, SensitiveAction.WITHDRAW, HOME))
                .challenge();
        fx.identity.completeStepUp(
            owner, session, challenge.id(), new Proof.Totp(wrongCode()), HOME);
      }
      ChallengeView eleventh =
          ((Authorization.StepUpRequired)
                  fx.identity.startStepUp(owner, session, SensitiveAction.WITHDRAW, HOME))
              .challenge();

      assertThat(
              fx.identity.completeStepUp(
                  owner, session, eleventh.id(), new Proof.Totp(fx.nextTotpCode(app.seed())), HOME))
          .isInstanceOf(StepUpOutcome.Throttled.class);
      assertThat(
              fx.complete(fx.challenged(HOME, null), new Proof.Totp(fx.nextTotpCode(app.seed()))))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
      assertThat(fx.lastAuditOf("mfa.throttled").data()).containsEntry("budget", "step-up");
    }

    @Test
    void refusalsOnAUsedUpBudgetAreAuditedOncePerBlockedPeriod() {
      for (int i = 0; i < 10; i++) {
        fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode()));
      }

      for (int i = 0; i < 5; i++) {
        assertThat(fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode())))
            .isInstanceOf(SecondFactorOutcome.Throttled.class);
      }

      assertThat(fx.auditTypes()).containsOnlyOnce("mfa.throttled");
    }

    @Test
    void theHourlyCapLiftsAnHourAfterTheLastWrongProof() {
      for (int i = 0; i < 10; i++) {
        fx.complete(fx.challenged(ATTACKER, null), new Proof.Totp(wrongCode()));
      }
      fx.clock.advance(Duration.ofHours(1));

      assertThat(
              fx.complete(fx.challenged(HOME, null), new Proof.Totp(fx.nextTotpCode(app.seed()))))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }
  }

  @Nested
  class RecoveryCodes {
    @Test
    void eachCodeWorksOnceAndItsUseIsToldAndLocksWithdrawals() {
      String code = app.recoveryCodes().get(3);

      assertThat(fx.complete(fx.challenged(HOME, null), new Proof.RecoveryCode(code)))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
      assertThat(fx.complete(fx.challenged(HOME, null), new Proof.RecoveryCode(code)))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));

      assertThat(fx.mails(NoticeKind.RECOVERY_CODE_USED))
          .singleElement()
          .satisfies(m -> assertThat(m.body()).contains("9 unused codes are left"));
      assertThat(fx.identity.withdrawalLocks().activeLock(owner))
          .hasValueSatisfying(
              lock -> {
                assertThat(lock.change()).isEqualTo(SecurityChange.RECOVERY_CODE_USE);
                assertThat(lock.until()).isEqualTo(fx.clock.instant().plus(Duration.ofHours(24)));
              });
      assertThat(fx.auditTypes()).contains("mfa.recovery_code_used");
    }
  }

  @Nested
  class TrustedDevices {
    @Test
    void aTrustedDeviceIsListedAndMarkedCurrent() {
      String device = trustThisDevice();

      assertThat(fx.identity.trustedDevices(owner, device))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.current()).isTrue();
                assertThat(d.label()).isEqualTo(HOME.userAgent());
                assertThat(d.expiresAt()).isEqualTo(fx.clock.instant().plus(Duration.ofDays(30)));
              });
    }

    @Test
    void trustEndsAfterThirtyDays() {
      String device = trustThisDevice();
      fx.clock.advance(Duration.ofDays(30));

      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    }

    @Test
    void aRevokedDeviceNeedsTheFactorAgain() {
      String device = trustThisDevice();
      TrustedDeviceId id = fx.identity.trustedDevices(owner, device).getFirst().id();

      assertThat(fx.identity.revokeTrustedDevice(owner, id, HOME)).isTrue();

      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    }

    @Test
    void newRecoveryCodesRevokeEveryTrustedDevice() {
      String device = trustThisDevice();
      io.rampart.kernel.SessionId session = fx.signedIn(HOME, device).session().id();
      fx.stepUpByTotp(owner, session, SensitiveAction.ADD_FACTOR, app.seed());

      assertThat(fx.identity.regenerateRecoveryCodes(owner, session, HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);

      assertThat(fx.identity.trustedDevices(owner, device)).isEmpty();
      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
      assertThat(fx.lastAuditOf("trusted_device.revoked_all").data())
          .containsEntry("reason", "recovery-codes-replaced");
    }

    @Test
    void usingARecoveryCodeRevokesEveryTrustedDevice() {
      String device = trustThisDevice();

      assertThat(
              fx.complete(
                  fx.challenged(ATTACKER, null),
                  new Proof.RecoveryCode(app.recoveryCodes().getFirst())))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);

      assertThat(fx.identity.trustedDevices(owner, device)).isEmpty();
      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
      assertThat(fx.lastAuditOf("trusted_device.revoked_all").data())
          .containsEntry("reason", "recovery-code-use");
    }

    @Test
    void aSignInWithARecoveryCodeCannotTrustItsDeviceAndKeepsTheCode() {
      ChallengeView challenge = fx.challenged(HOME, null);

      SecondFactorOutcome outcome =
          fx.identity.completeSignIn(
              challenge.id(),
              new Proof.RecoveryCode(app.recoveryCodes().getFirst()),
              null,
              true,
              HOME);

      assertThat(outcome)
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_TRUST_NOT_ALLOWED));
      assertThat(fx.identity.secondFactors(owner).recoveryCodesLeft()).isEqualTo(10);
      assertThat(fx.challenges.find(challenge.id()).orElseThrow().attempts()).isZero();
      assertThat(fx.complete(challenge, new Proof.RecoveryCode(app.recoveryCodes().getFirst())))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }

    @Test
    void aPasswordChangeRevokesEveryTrustedDevice() {
      String device = trustThisDevice();
      SignInOutcome.SignedIn signedIn = fx.signedIn(HOME, device);
      fx.stepUpByTotp(owner, signedIn.session().id(), SensitiveAction.CHANGE_PASSWORD, app.seed());

      fx.identity.changePassword(
          owner,
          signedIn.session().id(),
          PASSWORD.toCharArray(),
          "marble kettle orbit 7 lantern".toCharArray(),
          HOME);

      assertThat(fx.identity.trustedDevices(owner, device)).isEmpty();
      assertThat(fx.signIn(EMAIL, "marble kettle orbit 7 lantern", HOME, device))
          .isInstanceOf(SignInOutcome.SecondFactorRequired.class);
    }
  }
}
