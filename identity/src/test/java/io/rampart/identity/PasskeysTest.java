package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.ATTACKER;
import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.ORIGIN;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static io.rampart.identity.IdentityFixture.RP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.SignInVerdict.Decision;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import io.rampart.notification.NoticeKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Passkeys: registering several, naming and removing them, and signing in with them. */
class PasskeysTest {
  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SessionId session;

  @BeforeEach
  void signIn() {
    owner = fx.owner();
    session = fx.signedIn(HOME, null).session().id();
    fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);
  }

  private FactorChangeOutcome register(SoftwareAuthenticator authenticator, String name) {
    PasskeyCreation options =
        ((PasskeyCreationOutcome.Ready) fx.identity.passkeyCreation(owner, session, HOME))
            .options();
    return fx.identity.registerPasskey(
        owner,
        session,
        options.challengeId(),
        name,
        authenticator.register(options.rpId(), options.challenge(), options.userHandle()),
        HOME);
  }

  private SoftwareAuthenticator registered(String name) {
    SoftwareAuthenticator authenticator = new SoftwareAuthenticator(ORIGIN);
    assertThat(register(authenticator, name)).isInstanceOf(FactorChangeOutcome.Changed.class);
    return authenticator;
  }

  /** Signs in with {@code key} alone on the challenge {@code options}, from {@code from}. */
  private SecondFactorOutcome alone(
      SoftwareAuthenticator key, ChallengeView options, RequestOrigin from) {
    return fx.identity.signInWithPasskey(
        options.id(), key.assertion(RP_ID, options.passkey().challenge()), null, false, from);
  }

  private ChallengeView passkeyOptions() {
    return ((PasskeyOptionsOutcome.Ready) fx.identity.passkeySignInOptions(HOME)).challenge();
  }

  @Nested
  class Registering {
    @Test
    void theOptionsNameTheRelyingPartyAndTheAccountWithoutPersonalDataInTheHandle() {
      PasskeyCreation options =
          ((PasskeyCreationOutcome.Ready) fx.identity.passkeyCreation(owner, session, HOME))
              .options();

      assertThat(options.rpId()).isEqualTo(RP_ID);
      assertThat(options.userName()).isEqualTo(EMAIL);
      assertThat(options.userHandle()).hasSize(16);
      assertThat(options.challenge()).hasSize(32);
    }

    @Test
    void needsASessionElevatedForAddingAFactor() {
      SessionId fresh = fx.signedIn(HOME, null).session().id();

      assertThat(fx.identity.passkeyCreation(owner, fresh, HOME))
          .isEqualTo(new PasskeyCreationOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED));
    }

    @Test
    void needsTheElevationStillInForceWhenThePasskeyIsRegistered() {
      PasskeyCreation options =
          ((PasskeyCreationOutcome.Ready) fx.identity.passkeyCreation(owner, session, HOME))
              .options();
      SoftwareAuthenticator key = new SoftwareAuthenticator(ORIGIN);
      String credential = key.register(options.rpId(), options.challenge(), options.userHandle());
      fx.clock.advance(Duration.ofMinutes(5));

      assertThat(
              fx.identity.registerPasskey(
                  owner, session, options.challengeId(), "late", credential, HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED));
      assertThat(fx.identity.secondFactors(owner).passkeys()).isEmpty();
    }

    @Test
    void registersSeveralAndTheFirstBringsRecoveryCodes() {
      FactorChangeOutcome first = register(new SoftwareAuthenticator(ORIGIN), "laptop");
      FactorChangeOutcome second = register(new SoftwareAuthenticator(ORIGIN), "phone");

      assertThat(((FactorChangeOutcome.Changed) first).recoveryCodes()).hasSize(10);
      assertThat(((FactorChangeOutcome.Changed) second).recoveryCodes()).isEmpty();
      assertThat(fx.identity.secondFactors(owner).passkeys())
          .extracting(PasskeyView::name)
          .containsExactly("laptop", "phone");
      assertThat(fx.mails(NoticeKind.SECOND_FACTOR_ADDED)).hasSize(2);
    }

    @Test
    void refusesAResponseForAnotherOriginOrChallenge() {
      PasskeyCreation options =
          ((PasskeyCreationOutcome.Ready) fx.identity.passkeyCreation(owner, session, HOME))
              .options();
      String phished =
          new SoftwareAuthenticator("https://rampart-login.example")
              .register(RP_ID, options.challenge(), options.userHandle());
      String replayed =
          new SoftwareAuthenticator(ORIGIN).register(RP_ID, new byte[32], options.userHandle());

      for (String response : List.of(phished, replayed, "{\"id\": 3}", "not json")) {
        assertThat(
                fx.identity.registerPasskey(
                    owner, session, options.challengeId(), "x", response, HOME))
            .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_PASSKEY_INVALID));
      }
      assertThat(fx.identity.secondFactors(owner).passkeys()).isEmpty();
    }

    @Test
    void namesAreCleanedAndDefaulted() {
      registered("  work\u0000 phone\u202e ");
      registered("   ");

      assertThat(fx.identity.secondFactors(owner).passkeys())
          .extracting(PasskeyView::name)
          .containsExactly("work phone", "Passkey");
    }
  }

  @Nested
  class RenamingAndRemoving {
    @Test
    void renamesOnlyTheOwnersPasskey() {
      SoftwareAuthenticator key = registered("laptop");
      AccountId stranger = fx.verifiedAccount("stranger@example.com", PASSWORD);

      assertThat(fx.identity.renamePasskey(stranger, key.credentialId(), "mine", HOME)).isFalse();
      assertThat(fx.identity.renamePasskey(owner, key.credentialId(), "old laptop", HOME)).isTrue();
      assertThat(fx.identity.secondFactors(owner).passkeys().getFirst().name())
          .isEqualTo("old laptop");
    }

    @Test
    void removingNeedsAnElevationForRemoval() {
      SoftwareAuthenticator key = registered("laptop");

      assertThat(fx.identity.removePasskey(owner, session, key.credentialId(), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED));
    }

    @Test
    void removingTheLastFactorNeedsAProofOfAFactorAndLocksWithdrawals() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView challenge =
          ((Authorization.StepUpRequired)
                  fx.identity.authorize(owner, session, SensitiveAction.REMOVE_FACTOR, HOME))
              .challenge();
      assertThat(challenge.methods())
          .containsExactly(FactorMethod.PASSKEY, FactorMethod.RECOVERY_CODE);
      fx.identity.completeStepUp(
          owner,
          session,
          challenge.id(),
          new Proof.Passkey(key.assertion(RP_ID, challenge.passkey().challenge())),
          HOME);

      assertThat(fx.identity.removePasskey(owner, session, key.credentialId(), HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);
      assertThat(fx.identity.secondFactors(owner))
          .isEqualTo(new MfaOverview(false, false, List.of(), 0));
      assertThat(fx.identity.withdrawalLocks().activeLock(owner).orElseThrow().change())
          .isEqualTo(SecurityChange.FACTOR_REMOVAL);
      assertThat(fx.mails(NoticeKind.SECOND_FACTOR_REMOVED)).hasSize(1);
      assertThat(fx.auditTypes()).contains("mfa.factor_removed");
    }

    @Test
    void anEmailedCodeCannotRemoveTheLastFactor() {
      SoftwareAuthenticator key = registered("laptop");
      fx.elevations.grant(
          new Elevation(
              session,
              SensitiveAction.REMOVE_FACTOR,
              FactorMethod.EMAIL_CODE,
              fx.clock.instant(),
              fx.clock.instant().plus(Duration.ofMinutes(5))));

      assertThat(fx.identity.removePasskey(owner, session, key.credentialId(), HOME))
          .isEqualTo(new FactorChangeOutcome.Refused(ReasonCode.AUTH_MFA_FACTOR_PROOF_REQUIRED));
    }
  }

  @Nested
  class AsASecondFactor {
    @Test
    void aPasskeyCompletesAPasswordSignIn() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(challenge.methods())
          .containsExactly(FactorMethod.PASSKEY, FactorMethod.RECOVERY_CODE);
      assertThat(challenge.passkey().allowCredentialIds()).containsExactly(key.credentialId());
      assertThat(challenge.passkey().userVerificationRequired()).isFalse();
      SecondFactorOutcome outcome =
          fx.complete(
              challenge, new Proof.Passkey(key.assertion(RP_ID, challenge.passkey().challenge())));

      assertThat(outcome).isInstanceOf(SecondFactorOutcome.SignedIn.class);
      assertThat(fx.passkeys.findByCredentialId(key.credentialId()).orElseThrow().signCount())
          .isEqualTo(1);
    }

    @Test
    void asTheSecondFactorTheUserHandleMayBeLeftOut() {
      SoftwareAuthenticator key = registered("laptop").withoutUserHandle();
      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(
              fx.complete(
                  challenge,
                  new Proof.Passkey(key.assertion(RP_ID, challenge.passkey().challenge()))))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }

    @Test
    void aSignatureCounterThatWentBackIsRefusedAsCloned() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView first = fx.challenged(HOME, null);
      key.counter(10);
      fx.complete(first, new Proof.Passkey(key.assertion(RP_ID, first.passkey().challenge())));
      ChallengeView second = fx.challenged(HOME, null);
      key.counter(3);

      assertThat(
              fx.complete(
                  second, new Proof.Passkey(key.assertion(RP_ID, second.passkey().challenge()))))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PASSKEY_CLONED));
    }

    @Test
    void ofTwoAssertionsWithOneCounterCheckedAtOnceOnlyOneSignsIn() throws Exception {
      SoftwareAuthenticator key = registered("laptop");
      List<ChallengeView> challenges =
          List.of(fx.challenged(HOME, null), fx.challenged(HOME, null));
      List<String> assertions = new java.util.ArrayList<>();
      for (ChallengeView challenge : challenges) {
        key.counter(4);
        assertions.add(key.assertion(RP_ID, challenge.passkey().challenge()));
      }
      fx.passkeys.lineUpUsesAt(new java.util.concurrent.CyclicBarrier(2));
      java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();

      List<SecondFactorOutcome> outcomes =
          Concurrently.run(
              2,
              () -> {
                int i = next.getAndIncrement();
                return fx.complete(challenges.get(i), new Proof.Passkey(assertions.get(i)));
              });

      assertThat(outcomes).filteredOn(SecondFactorOutcome.SignedIn.class::isInstance).hasSize(1);
      assertThat(outcomes)
          .contains(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PASSKEY_CLONED));
      assertThat(fx.passkeys.findByCredentialId(key.credentialId()).orElseThrow().signCount())
          .isEqualTo(5);
    }

    @Test
    void anAssertionForAnotherChallengeIsRefused() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView challenge = fx.challenged(HOME, null);

      assertThat(fx.complete(challenge, new Proof.Passkey(key.assertion(RP_ID, new byte[32]))))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }
  }

  @Nested
  class Alone {
    @Test
    void aDiscoverablePasskeyWithUserVerificationSignsIn() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView options = passkeyOptions();

      assertThat(options.passkey().allowCredentialIds()).isEmpty();
      assertThat(options.passkey().userVerificationRequired()).isTrue();
      SecondFactorOutcome outcome = alone(key, options, HOME);

      assertThat(outcome).isInstanceOf(SecondFactorOutcome.SignedIn.class);
      assertThat(((SecondFactorOutcome.SignedIn) outcome).signedIn().session().account())
          .isEqualTo(owner);
      assertThat(fx.risk.assessed).hasSize(2);
    }

    @Test
    void withoutUserVerificationItIsRefused() {
      SoftwareAuthenticator key = registered("laptop").withoutUserVerification();
      ChallengeView options = passkeyOptions();

      assertThat(alone(key, options, HOME))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void anAssertionWithoutAUserHandleIsRefused() {
      SoftwareAuthenticator key = registered("laptop").withoutUserHandle();
      ChallengeView options = passkeyOptions();

      assertThat(alone(key, options, HOME))
          .isEqualTo(
              new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PASSKEY_USER_HANDLE_REQUIRED));
    }

    @Test
    void anAssertionWhoseUserHandleNamesAnotherAccountIsRefused() {
      AccountId other = fx.verifiedAccount("other@example.com", PASSWORD);
      SoftwareAuthenticator key =
          registered("laptop")
              .withUserHandle(
                  java.nio.ByteBuffer.allocate(16)
                      .putLong(other.value().getMostSignificantBits())
                      .putLong(other.value().getLeastSignificantBits())
                      .array());
      ChallengeView options = passkeyOptions();

      assertThat(alone(key, options, HOME))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }

    @Test
    void theRiskEngineCanDenyIt() {
      SoftwareAuthenticator key = registered("laptop");
      ChallengeView options = passkeyOptions();
      fx.risk.answer(Decision.DENY, "KNOWN_BAD_IP");

      assertThat(alone(key, options, HOME))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.RISK_DENIED));
    }

    @Test
    void challengesExpiredForADayAreSweptByLaterOnes() {
      ChallengeView old = passkeyOptions();
      fx.clock.advance(Duration.ofDays(1).plusMinutes(11));

      passkeyOptions();

      assertThat(fx.challenges.find(old.id())).isEmpty();
    }

    @Nested
    class FromOneSource {
      private final SoftwareAuthenticator stranger = new SoftwareAuthenticator(ORIGIN);

      @BeforeEach
      void aStrangersPasskey() {
        stranger.register(RP_ID, new byte[32], new byte[16]);
      }

      private SecondFactorOutcome strangerSignsIn(RequestOrigin from) {
        ChallengeView options =
            ((PasskeyOptionsOutcome.Ready) fx.identity.passkeySignInOptions(from)).challenge();
        return alone(stranger, options, from);
      }

      /** Fails as often as the source may for free, and once more. */
      private void useUpTheSource() {
        for (int i = 0; i <= IdentityFixture.THROTTLING.freeSourceFailures(); i++) {
          assertThat(strangerSignsIn(ATTACKER))
              .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
        }
      }

      @Test
      void aSourceThatKeepsFailingIsThrottledAndMayOpenNoMoreChallenges() {
        ChallengeView opened =
            ((PasskeyOptionsOutcome.Ready) fx.identity.passkeySignInOptions(ATTACKER)).challenge();
        useUpTheSource();

        SecondFactorOutcome next = alone(stranger, opened, ATTACKER);

        assertThat(next).isInstanceOf(SecondFactorOutcome.Throttled.class);
        assertThat(((SecondFactorOutcome.Throttled) next).reason())
            .isEqualTo(ReasonCode.AUTH_THROTTLED);
        assertThat(fx.identity.passkeySignInOptions(ATTACKER))
            .isInstanceOf(PasskeyOptionsOutcome.Throttled.class);
        assertThat(fx.identity.passkeySignInOptions(HOME))
            .isInstanceOf(PasskeyOptionsOutcome.Ready.class);
      }

      @Test
      void throttledAttemptsAreAuditedOncePerBlockedPeriodNotEachTime() {
        List<ChallengeView> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          opened.add(
              ((PasskeyOptionsOutcome.Ready) fx.identity.passkeySignInOptions(ATTACKER))
                  .challenge());
        }
        useUpTheSource();
        int audited = fx.audits().size();

        for (ChallengeView challenge : opened) {
          assertThat(alone(stranger, challenge, ATTACKER))
              .isInstanceOf(SecondFactorOutcome.Throttled.class);
        }
        assertThat(fx.identity.passkeySignInOptions(ATTACKER))
            .isInstanceOf(PasskeyOptionsOutcome.Throttled.class);

        assertThat(fx.audits().subList(audited, fx.audits().size()))
            .extracting(io.rampart.audit.AuditRecord::type)
            .containsExactly("signin.throttled");
      }

      @Test
      void theOwnersGoodPasskeyCostsTheSourceNothing() {
        SoftwareAuthenticator key = registered("laptop");

        for (int i = 0; i <= 2 * IdentityFixture.THROTTLING.freeSourceFailures(); i++) {
          ChallengeView options =
              ((PasskeyOptionsOutcome.Ready) fx.identity.passkeySignInOptions(ATTACKER))
                  .challenge();
          assertThat(alone(key, options, ATTACKER))
              .isInstanceOf(SecondFactorOutcome.SignedIn.class);
        }
      }
    }

    @Test
    void anUnknownPasskeyIsRefused() {
      ChallengeView options = passkeyOptions();
      SoftwareAuthenticator stranger = new SoftwareAuthenticator(ORIGIN);
      stranger.register(RP_ID, new byte[32], new byte[16]);

      assertThat(alone(stranger, options, HOME))
          .isEqualTo(new SecondFactorOutcome.Refused(ReasonCode.AUTH_MFA_PROOF_INVALID));
    }
  }
}
