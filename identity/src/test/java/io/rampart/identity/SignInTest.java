package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.ATTACKER;
import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.IdentitySettings.HashingLimits;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sign-in ceremony, step by step; throttling and session opening have their own classes. */
class SignInTest {
  private static final SignInOutcome INVALID =
      new SignInOutcome.Refused(ReasonCode.AUTH_INVALID_CREDENTIALS);

  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;

  @BeforeEach
  void registerOwner() {
    owner = fx.owner();
    fx.hasher.resetCounts();
  }

  @Nested
  class ReadingTheAddress {
    @Test
    void acceptsTheAddressInAnyCaseWithSurroundingSpace() {
      assertThat(fx.signIn("  OWNER@example.COM ", PASSWORD, HOME, null))
          .isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void answersAnInvalidAddressLikeAnUnknownOneAfterTheSameWork() {
      assertThat(fx.signIn("not an address", PASSWORD, ATTACKER, null)).isEqualTo(INVALID);
      assertThat(fx.hasher.verifications()).isEqualTo(1);
      assertThat(fx.lastAudit().type()).isEqualTo("signin.failed");
    }
  }

  @Nested
  class VerifyingThePassword {
    @Test
    void verifiesAnUnknownAddressAgainstADummyHash() {
      assertThat(fx.signIn("nobody@example.com", PASSWORD, ATTACKER, null)).isEqualTo(INVALID);
      assertThat(fx.hasher.verifications()).isEqualTo(1);
    }

    @Test
    void treatsAMissingPasswordAsAWrongOne() {
      SignInOutcome outcome = fx.identity.signIn(new SignInAttempt(EMAIL, null, ATTACKER, null));

      assertThat(outcome).isEqualTo(INVALID);
      assertThat(fx.hasher.verifications()).isEqualTo(1);
    }

    @Test
    void answersOverloadedWithoutCountingAFailureWhenHashingIsSaturated() throws Exception {
      fx.restart(
          IdentityFixture.settings(
              IdentityFixture.CHEAP, new HashingLimits(1, 0, Duration.ofMillis(1))));
      fx.hasher.close();
      CompletableFuture<SignInOutcome> holder =
          CompletableFuture.supplyAsync(() -> fx.signIn(EMAIL, PASSWORD, HOME, null));
      fx.hasher.awaitInside(1);

      SignInOutcome refused = fx.signIn(EMAIL, "wrong password here", ATTACKER, null);
      fx.hasher.open();

      assertThat(refused).isEqualTo(new SignInOutcome.Overloaded(Duration.ofSeconds(1)));
      assertThat(holder.get(30, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(fx.throttles.all()).isEmpty();
    }

    @Test
    void signsInWithTheDefaultArgon2Parameters() {
      IdentityFixture real =
          new IdentityFixture(
              IdentityFixture.settings(
                  Argon2Parameters.owaspMinimum(),
                  new HashingLimits(2, 4, Duration.ofSeconds(30))));
      AccountId id = real.owner();

      assertThat(real.accounts.findById(id).orElseThrow().passwordHash())
          .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
      assertThat(real.signIn(EMAIL, PASSWORD, HOME, null))
          .isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(real.signIn(EMAIL, PASSWORD + "!", HOME, null)).isEqualTo(INVALID);
    }
  }

  @Nested
  class RefusingWrongCredentials {
    @Test
    void answersUnknownAddressAndWrongPasswordAlikeWithTheSameAuditShape() {
      SignInOutcome wrongPassword = fx.signIn(EMAIL, "wrong password here", ATTACKER, null);
      AuditRecord wrongPasswordAudit = fx.lastAudit();
      int workForWrongPassword = fx.hasher.work();
      SignInOutcome unknownAddress = fx.signIn("nobody@example.com", PASSWORD, ATTACKER, null);
      AuditRecord unknownAddressAudit = fx.lastAudit();

      assertThat(wrongPassword).isEqualTo(unknownAddress).isEqualTo(INVALID);
      assertThat(fx.hasher.work()).isEqualTo(2 * workForWrongPassword);
      assertThat(unknownAddressAudit.type())
          .isEqualTo(wrongPasswordAudit.type())
          .isEqualTo("signin.failed");
      assertThat(unknownAddressAudit.actor())
          .isEqualTo(wrongPasswordAudit.actor())
          .isEqualTo(Actor.ANONYMOUS);
      assertThat(unknownAddressAudit.data().keySet()).isEqualTo(wrongPasswordAudit.data().keySet());
      assertThat(wrongPasswordAudit.data()).containsEntry("reason", "wrong-password");
      assertThat(unknownAddressAudit.data()).containsEntry("reason", "unknown-account");
      assertThat(wrongPasswordAudit.account()).isEqualTo(owner);
      assertThat(unknownAddressAudit.account()).isNull();
    }

    @Test
    void countsTheFailureForAccountSourceAndNetwork() {
      fx.signIn(EMAIL, "wrong password here", ATTACKER, null);

      assertThat(fx.throttles.all())
          .containsOnlyKeys("account:owner@example.com", "ip:198.51.100.66", "net:198.51.100.0/24");
      assertThat(fx.throttles.all().values()).allSatisfy(s -> assertThat(s.failures()).isOne());
    }

    @Test
    void neverPutsThePasswordInTheAuditTrail() {
      fx.signIn(EMAIL, "wrong password here", ATTACKER, null);

      assertThat(fx.lastAudit().data().values()).noneMatch(v -> v.contains("wrong password"));
      assertThat(fx.lastAudit().toString()).doesNotContain("wrong password");
    }
  }

  @Nested
  class RequiringAVerifiedAddress {
    @BeforeEach
    void registerUnverified() {
      fx.register("late@example.com", PASSWORD);
    }

    @Test
    void refusesAnUnverifiedAddressOnlyAfterACorrectPassword() {
      assertThat(fx.signIn("late@example.com", PASSWORD, HOME, null))
          .isEqualTo(new SignInOutcome.Refused(ReasonCode.AUTH_EMAIL_NOT_VERIFIED));
      assertThat(fx.lastAudit().type()).isEqualTo("signin.refused");
      assertThat(fx.lastAudit().data()).containsEntry("reason", "email-not-verified");
    }

    @Test
    void answersAWrongPasswordForAnUnverifiedAddressAsInvalidCredentials() {
      assertThat(fx.signIn("late@example.com", "wrong password here", HOME, null))
          .isEqualTo(INVALID);
    }

    @Test
    void opensNoSessionForAnUnverifiedAddress() {
      fx.signIn("late@example.com", PASSWORD, HOME, null);

      assertThat(fx.sessions.all()).isEmpty();
    }
  }

  @Nested
  class SourcesWithoutAddress {
    @Test
    void signsInWithoutIpAddressOrUserAgent() {
      SignInOutcome outcome = fx.signIn(EMAIL, PASSWORD, RequestOrigin.INTERNAL, null);

      assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(fx.mails()).anySatisfy(m -> assertThat(m.body()).contains("unknown"));
    }
  }
}
