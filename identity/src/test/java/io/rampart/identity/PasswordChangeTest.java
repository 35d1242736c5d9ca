package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.SessionId;
import io.rampart.notification.NoticeKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {
  private static final String NEW_PASSWORD = "marble kettle orbit 7 lantern";

  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SignInOutcome.SignedIn current;
  private SignInOutcome.SignedIn other;

  @BeforeEach
  void signInTwice() {
    owner = fx.owner();
    other = fx.signedIn(HOME, null);
    current = fx.signedIn(HOME, null);
    fx.clock.advance(Duration.ofMinutes(1));
    fx.stepUpByEmail(owner, current.session().id(), SensitiveAction.CHANGE_PASSWORD);
  }

  private PasswordChangeOutcome change(String currentPassword, String newPassword) {
    return fx.identity.changePassword(
        owner,
        current.session().id(),
        currentPassword.toCharArray(),
        newPassword.toCharArray(),
        HOME);
  }

  private Account account() {
    return fx.accounts.findById(owner).orElseThrow();
  }

  @Test
  void changesThePasswordAndEndsEveryOtherSession() {
    assertThat(change(PASSWORD, NEW_PASSWORD)).isEqualTo(new PasswordChangeOutcome.Changed(1));

    assertThat(fx.signIn(EMAIL, PASSWORD, HOME, null)).isInstanceOf(SignInOutcome.Refused.class);
    assertThat(fx.signIn(EMAIL, NEW_PASSWORD, HOME, null))
        .isInstanceOf(SignInOutcome.SignedIn.class);
    assertThat(fx.identity.authenticate(other.token(), HOME))
        .isEqualTo(new AuthenticationOutcome.Refused(ReasonCode.AUTH_SESSION_EXPIRED));
    assertThat(fx.identity.authenticate(current.token(), HOME))
        .isInstanceOf(AuthenticationOutcome.Authenticated.class);
    assertThat(fx.sessions.findById(other.session().id()).orElseThrow().endReason())
        .isEqualTo("password-changed");
  }

  @Test
  void recordsTheChangeTimeAuditsItAndTellsTheOwner() {
    change(PASSWORD, NEW_PASSWORD);

    assertThat(account().passwordChangedAt()).isEqualTo(fx.clock.instant());
    assertThat(fx.auditTypes()).contains("password.changed");
    assertThat(
            fx.audits().stream()
                .filter(a -> a.type().equals("password.changed"))
                .findFirst()
                .orElseThrow()
                .data())
        .containsEntry("sessionsEnded", "1");
    assertThat(fx.mails(NoticeKind.PASSWORD_CHANGED))
        .singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo(EMAIL));
  }

  @Test
  void needsAFreshSecondFactorAndChecksNothingWithout() {
    SessionId fresh = fx.signedIn(HOME, null).session().id();
    int audits = fx.audits().size();
    fx.hasher.resetCounts();

    PasswordChangeOutcome outcome =
        fx.identity.changePassword(
            owner, fresh, "not my password at all".toCharArray(), NEW_PASSWORD.toCharArray(), HOME);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_STEP_UP_REQUIRED));
    assertThat(fx.hasher.work()).isZero();
    assertThat(fx.audits()).hasSize(audits);
    assertThat(fx.throttles.state("account:" + EMAIL)).isEmpty();
  }

  @Test
  void refusesAWrongCurrentPasswordAndAuditsTheAttempt() {
    String hashBefore = account().passwordHash();

    PasswordChangeOutcome outcome = change("not my password at all", NEW_PASSWORD);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_CURRENT_PASSWORD_WRONG));
    assertThat(fx.lastAudit().type()).isEqualTo("password.change_failed");
    assertThat(account().passwordHash()).isEqualTo(hashBefore);
    assertThat(fx.identity.authenticate(other.token(), HOME))
        .isInstanceOf(AuthenticationOutcome.Authenticated.class);
  }

  @Test
  void tellsTheRiskEngineOfAChangedPasswordOnlyOnceItIsChanged() {
    change("not my password at all", NEW_PASSWORD);
    assertThat(fx.risk.changes).isEmpty();

    change(PASSWORD, NEW_PASSWORD);

    assertThat(fx.risk.changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.account()).isEqualTo(owner);
              assertThat(c.setting()).isEqualTo(SecurityChangeFacts.Setting.PASSWORD);
              assertThat(c.origin()).isEqualTo(HOME);
              assertThat(c.occurredAt()).isEqualTo(fx.clock.instant());
            });
  }

  @Test
  void refusesTheSamePasswordAgain() {
    assertThat(change(PASSWORD, PASSWORD))
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_UNCHANGED));
  }

  @Test
  void checksTheNewPasswordAgainstThePolicyWithTheAccountsAddress() {
    int audits = fx.audits().size();

    assertThat(change(PASSWORD, "owner violet tractor 77"))
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_CONTAINS_EMAIL));
    assertThat(change(PASSWORD, "short"))
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_TOO_SHORT));
    assertThat(fx.audits()).hasSize(audits);
    assertThat(fx.mails(NoticeKind.PASSWORD_CHANGED)).isEmpty();
  }

  @Test
  void refusesANewPasswordWithAnUnpairedSurrogate() {
    assertThat(change(PASSWORD, "marble kettle orbit 7 \udfff"))
        .isInstanceOfSatisfying(
            PasswordChangeOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS));
    assertThat(fx.mails(NoticeKind.PASSWORD_CHANGED)).isEmpty();
  }

  /** The fixture allows 3 free failures per account, then waits 1 s, doubling. */
  @Nested
  class Throttling {
    private static final String WRONG = "not my password at all";

    @Test
    void refusesBeyondTheFreeWrongCurrentPasswordsWithoutHashing() {
      for (int i = 0; i < 4; i++) {
        assertThat(change(WRONG, NEW_PASSWORD)).isInstanceOf(PasswordChangeOutcome.Rejected.class);
      }
      fx.hasher.resetCounts();

      assertThat(change(PASSWORD, NEW_PASSWORD))
          .isEqualTo(new PasswordChangeOutcome.Throttled(Duration.ofSeconds(1)));
      assertThat(fx.hasher.work()).isZero();
      assertThat(fx.lastAudit().type()).isEqualTo("password.change_throttled");
      assertThat(fx.lastAudit().data()).containsEntry("retryAfterSeconds", "1");

      fx.clock.advance(Duration.ofSeconds(1));
      assertThat(change(PASSWORD, NEW_PASSWORD)).isEqualTo(new PasswordChangeOutcome.Changed(1));
    }

    @Test
    void countsWrongCurrentPasswordsWithTheAccountsFailedSignIns() {
      for (int i = 0; i < 3; i++) {
        fx.signIn(EMAIL, WRONG, IdentityFixture.ATTACKER, null);
      }
      assertThat(change(WRONG, NEW_PASSWORD)).isInstanceOf(PasswordChangeOutcome.Rejected.class);

      assertThat(change(PASSWORD, NEW_PASSWORD))
          .isInstanceOf(PasswordChangeOutcome.Throttled.class);
      assertThat(fx.signIn(EMAIL, PASSWORD, IdentityFixture.ATTACKER, null))
          .isInstanceOf(SignInOutcome.Throttled.class);
    }

    @Test
    void aCorrectCurrentPasswordClearsTheAccountsFailures() {
      for (int i = 0; i < 3; i++) {
        change(WRONG, NEW_PASSWORD);
      }

      assertThat(change(PASSWORD, NEW_PASSWORD)).isInstanceOf(PasswordChangeOutcome.Changed.class);
      assertThat(fx.throttles.state("account:" + EMAIL)).isEmpty();
    }

    @Test
    void letsAtMostTheFreeFailuresPlusOneReachTheHasherWhenGuessedInParallel() throws Exception {
      fx.slowHashing(Duration.ofMillis(20));

      List<PasswordChangeOutcome> outcomes =
          Concurrently.run(20, () -> change(WRONG, NEW_PASSWORD));

      assertThat(fx.hasher.verifications()).isLessThanOrEqualTo(4);
      assertThat(outcomes)
          .filteredOn(o -> o instanceof PasswordChangeOutcome.Rejected)
          .hasSize(fx.hasher.verifications());
      assertThat(outcomes)
          .filteredOn(o -> o instanceof PasswordChangeOutcome.Throttled)
          .hasSize(20 - fx.hasher.verifications());
    }
  }
}
