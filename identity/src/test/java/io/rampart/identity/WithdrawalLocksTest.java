package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Withdrawals lock after security changes, as the table says, and the port tells the lock. */
class WithdrawalLocksTest {
  private static final String NEW_PASSWORD = "marble kettle orbit 7 lantern";

  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SessionId session;

  @BeforeEach
  void signIn() {
    owner = fx.owner();
    session = fx.signedIn(HOME, null).session().id();
  }

  private void changePassword() {
    fx.stepUpByEmail(owner, session, SensitiveAction.CHANGE_PASSWORD);
    assertThat(
            fx.identity.changePassword(
                owner, session, PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray(), HOME))
        .isInstanceOf(PasswordChangeOutcome.Changed.class);
  }

  @Nested
  class ThroughThePort {
    @Test
    void nothingIsLockedWithoutAChange() {
      assertThat(fx.identity.withdrawalLocks().activeLock(owner)).isEmpty();
      assertThat(fx.identity.overview(owner).orElseThrow().withdrawalLock()).isNull();
    }

    @Test
    void aPasswordChangeLocksForTwentyFourHoursThenNoLonger() {
      changePassword();

      WithdrawalLock lock = fx.identity.withdrawalLocks().activeLock(owner).orElseThrow();
      assertThat(lock.change()).isEqualTo(SecurityChange.PASSWORD_CHANGE);
      assertThat(lock.until()).isEqualTo(fx.clock.instant().plus(Duration.ofHours(24)));
      assertThat(fx.identity.overview(owner).orElseThrow().withdrawalLock()).isEqualTo(lock);

      fx.clock.advance(Duration.ofHours(24));
      assertThat(fx.identity.withdrawalLocks().activeLock(owner)).isEmpty();
    }

    @Test
    void theLockThatEndsLastIsTheOneInForce() {
      fx.identity.recordSecurityChange(owner, SecurityChange.EMAIL_CHANGE, HOME);
      fx.clock.advance(Duration.ofHours(2));
      changePassword();

      assertThat(fx.identity.withdrawalLocks().activeLock(owner).orElseThrow().change())
          .isEqualTo(SecurityChange.PASSWORD_CHANGE);
      assertThat(fx.auditTypes()).contains("security.change_recorded");
    }

    @Test
    void theTableIsConfigurationAndZeroLocksNothing() {
      Map<SecurityChange, Duration> table = new EnumMap<>(SecurityChange.class);
      table.put(SecurityChange.PASSWORD_CHANGE, Duration.ZERO);
      table.put(SecurityChange.WHITELIST_DISABLED, Duration.ofHours(48));
      fx.mfa = fx.mfaWith(fx.mfa.signInPolicy(), fx.mfa.actions(), table);
      fx.restart(IdentityFixture.settings());

      changePassword();
      assertThat(fx.identity.withdrawalLocks().activeLock(owner)).isEmpty();
      fx.identity.recordSecurityChange(owner, SecurityChange.WHITELIST_DISABLED, HOME);
      assertThat(fx.identity.withdrawalLocks().activeLock(owner).orElseThrow().until())
          .isEqualTo(fx.clock.instant().plus(Duration.ofHours(48)));
    }
  }

  @Nested
  class AfterRemovingAnApp {
    @Test
    void removingTheAppWithItsOwnCodeLocksAndTellsTheOwner() {
      IdentityFixture.Enrolled app = fx.enrolTotp(owner, session);
      fx.stepUpByTotp(owner, session, SensitiveAction.REMOVE_FACTOR, app.seed());

      assertThat(fx.identity.removeTotp(owner, session, HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);

      assertThat(fx.identity.withdrawalLocks().activeLock(owner).orElseThrow().change())
          .isEqualTo(SecurityChange.FACTOR_REMOVAL);
      assertThat(fx.identity.overview(owner).orElseThrow().secondFactor()).isFalse();
      assertThat(fx.recoveryCodes.countUnused(owner)).isZero();
    }

    @Test
    void aPendingEnrolmentIsCancelledWithoutALock() {
      fx.stepUpByEmail(owner, session, SensitiveAction.ADD_FACTOR);
      fx.identity.enrolTotp(owner, session, HOME);

      assertThat(fx.identity.removeTotp(owner, session, HOME))
          .isInstanceOf(FactorChangeOutcome.Changed.class);
      assertThat(fx.identity.withdrawalLocks().activeLock(owner)).isEmpty();
    }
  }

  @Nested
  class NewRecoveryCodes {
    @Test
    void replaceTheOldOnesAndAreShownOnce() {
      IdentityFixture.Enrolled app = fx.enrolTotp(owner, session);

      FactorChangeOutcome.Changed renewed =
          (FactorChangeOutcome.Changed) fx.identity.regenerateRecoveryCodes(owner, session, HOME);

      assertThat(renewed.recoveryCodes())
          .hasSize(10)
          .doesNotContainAnyElementsOf(app.recoveryCodes());
      assertThat(
              fx.complete(
                  fx.challenged(HOME, null),
                  new Proof.RecoveryCode(app.recoveryCodes().getFirst())))
          .isInstanceOf(SecondFactorOutcome.Refused.class);
      assertThat(
              fx.complete(
                  fx.challenged(HOME, null),
                  new Proof.RecoveryCode(renewed.recoveryCodes().getFirst())))
          .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    }
  }
}
