package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.identity.IdentitySettings.HashingLimits;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  private final IdentityFixture fx = new IdentityFixture();

  @Test
  void acceptsANewAddressAndMailsAVerificationLink() {
    RegistrationOutcome outcome = fx.register(" Owner@Example.com ", PASSWORD);

    assertThat(outcome).isEqualTo(new RegistrationOutcome.Accepted());
    Account account = fx.accounts.findByEmail(new EmailAddress(EMAIL)).orElseThrow();
    assertThat(account.emailVerified()).isFalse();
    assertThat(account.createdAt()).isEqualTo(IdentityFixture.T0);
    assertThat(account.passwordChangedAt()).isEqualTo(IdentityFixture.T0);
    assertThat(fx.mails())
        .extracting(OutboxMessage::kind)
        .containsExactly(NoticeKind.EMAIL_VERIFICATION);
    assertThat(fx.mails().getFirst().body()).contains("2026-03-02T10:00:00Z");
    assertThat(fx.auditTypes()).containsExactly("account.registered");
    assertThat(fx.lastAudit().account()).isEqualTo(account.id());
  }

  @Test
  void storesOnlyTheSha256OfTheVerificationToken() throws Exception {
    fx.register(EMAIL, PASSWORD);
    String token = fx.verificationToken(EMAIL);

    EmailVerification stored = fx.verifications.all().getFirst();

    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
    assertThat(stored.tokenHash()).isEqualTo(sha256).isNotEqualTo(token);
    assertThat(stored.expiresAt()).isEqualTo(IdentityFixture.T0.plus(Duration.ofHours(24)));
    assertThat(token).hasSize(43);
  }

  @Test
  void answersATakenAddressTheSameWayAfterTheSameWorkAndWarnsTheOwner() {
    RegistrationOutcome first = fx.register("first@example.com", PASSWORD);
    int workForNew = fx.hasher.work();
    AccountId owner = fx.owner();
    fx.hasher.resetCounts();
    Account stored = fx.accounts.findById(owner).orElseThrow();

    RegistrationOutcome second = fx.register("OWNER@example.com", "another fine password 99");

    assertThat(second).isEqualTo(first);
    assertThat(fx.hasher.work()).isEqualTo(workForNew);
    assertThat(fx.mails(NoticeKind.REGISTRATION_ATTEMPT))
        .singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo(EMAIL));
    AuditRecord attempt = fx.lastAudit();
    assertThat(attempt.type()).isEqualTo("account.registration_attempted");
    assertThat(attempt.account()).isEqualTo(owner);
    assertThat(fx.accounts.findById(owner)).contains(stored);
  }

  @Test
  void warnsAVerifiedOwnerWithoutPromisingAResetThatDoesNotExist() {
    fx.owner();

    fx.register(EMAIL, "another fine password 99");

    assertThat(fx.mails(NoticeKind.REGISTRATION_ATTEMPT).getFirst().body())
        .contains("sign in")
        .contains("contact")
        .doesNotContain("reset");
  }

  @Nested
  class AddressWaitingForVerification {
    private static final String SQUATTER_PASSWORD = "squatter chooses this one 77";
    private static final String OWNER_PASSWORD = "violet harbour kettle 58 rain";

    @Test
    void tellsTheMailboxUntilWhenThePendingLinkIsLiveAndChangesNothing() {
      fx.register(EMAIL, SQUATTER_PASSWORD);
      Account squatted = fx.accounts.all().getFirst();
      fx.clock.advance(Duration.ofHours(1));

      assertThat(fx.register(EMAIL, OWNER_PASSWORD)).isEqualTo(new RegistrationOutcome.Accepted());

      assertThat(fx.accounts.all()).containsExactly(squatted);
      assertThat(fx.mails(NoticeKind.EMAIL_VERIFICATION)).hasSize(1);
      OutboxMessage notice = fx.mails(NoticeKind.REGISTRATION_PENDING).getFirst();
      assertThat(notice.recipient()).isEqualTo(EMAIL);
      assertThat(notice.body()).contains("2026-03-02T10:00:00Z").doesNotContain("reset");
      assertThat(fx.lastAudit().type()).isEqualTo("account.registration_attempted");
      assertThat(fx.lastAudit().data()).containsEntry("emailVerified", "false");
    }

    @Test
    void restartsTheRegistrationOnceTheLinkHasExpired() {
      fx.register(EMAIL, SQUATTER_PASSWORD);
      String expiredToken = fx.verificationToken(EMAIL);
      Account squatted = fx.accounts.all().getFirst();
      fx.clock.advance(Duration.ofHours(24));
      fx.hasher.resetCounts();

      assertThat(fx.register(EMAIL, OWNER_PASSWORD)).isEqualTo(new RegistrationOutcome.Accepted());

      assertThat(fx.hasher.work()).isEqualTo(1);
      assertThat(fx.accounts.all())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.id()).isEqualTo(squatted.id());
                assertThat(a.passwordHash()).isNotEqualTo(squatted.passwordHash());
                assertThat(a.emailVerified()).isFalse();
              });
      assertThat(fx.mails(NoticeKind.EMAIL_VERIFICATION)).hasSize(2);
      AuditRecord restarted = fx.lastAudit();
      assertThat(restarted.type()).isEqualTo("account.registration_restarted");
      assertThat(restarted.account()).isEqualTo(squatted.id());

      String freshToken = fx.verificationToken(EMAIL);
      assertThat(freshToken).isNotEqualTo(expiredToken);
      assertThat(fx.identity.verifyEmail(expiredToken, HOME))
          .isInstanceOf(VerificationOutcome.Rejected.class);
      assertThat(fx.identity.verifyEmail(freshToken, HOME))
          .isInstanceOf(VerificationOutcome.Verified.class);
      assertThat(fx.signIn(EMAIL, OWNER_PASSWORD, HOME, null))
          .isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(fx.signIn(EMAIL, SQUATTER_PASSWORD, IdentityFixture.ATTACKER, null))
          .isInstanceOf(SignInOutcome.Refused.class);
    }

    @Test
    void restartsAnUnverifiedRegistrationWhoseLinkWasUsedUp() {
      fx.register(EMAIL, SQUATTER_PASSWORD);
      Account squatted = fx.accounts.all().getFirst();
      fx.verifications.markUsed(fx.verifications.all().getFirst().tokenHash(), IdentityFixture.T0);

      fx.register(EMAIL, OWNER_PASSWORD);

      assertThat(fx.lastAudit().type()).isEqualTo("account.registration_restarted");
      assertThat(fx.accounts.findById(squatted.id()).orElseThrow().passwordHash())
          .isNotEqualTo(squatted.passwordHash());
    }

    @Test
    void answersTheSameInEveryCase() {
      RegistrationOutcome fresh = fx.register(EMAIL, SQUATTER_PASSWORD);
      RegistrationOutcome pending = fx.register(EMAIL, OWNER_PASSWORD);
      fx.clock.advance(Duration.ofDays(2));
      RegistrationOutcome restarted = fx.register(EMAIL, OWNER_PASSWORD);

      assertThat(pending).isEqualTo(fresh);
      assertThat(restarted).isEqualTo(fresh);
    }
  }

  @Test
  void keepsTheOwnersPasswordWhenSomeoneRegistersTheirAddress() {
    AccountId owner = fx.owner();

    fx.register(EMAIL, "another fine password 99");

    assertThat(fx.signIn(EMAIL, PASSWORD, HOME, null)).isInstanceOf(SignInOutcome.SignedIn.class);
    assertThat(fx.accounts.findById(owner).orElseThrow().emailVerified()).isTrue();
  }

  @Test
  void rejectsAnInvalidAddressWithoutWritingOrHashing() {
    RegistrationOutcome outcome = fx.register("not-an-address", PASSWORD);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            RegistrationOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.REQ_INVALID_EMAIL));
    assertNothingWritten();
  }

  @Test
  void rejectsAPolicyBreachTheSameWayWhetherOrNotTheAddressIsTaken() {
    RegistrationOutcome forNewAddress = fx.register("new@example.com", "qwerty123456");
    fx.owner();
    int audits = fx.audits().size();
    int mails = fx.mails().size();

    RegistrationOutcome forTakenAddress = fx.register(EMAIL, "qwerty123456");

    assertThat(forTakenAddress).isEqualTo(forNewAddress);
    assertThat(forNewAddress)
        .isInstanceOfSatisfying(
            RegistrationOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_COMMON));
    assertThat(fx.audits()).hasSize(audits);
    assertThat(fx.mails()).hasSize(mails);
    assertThat(fx.accounts.findByEmail(new EmailAddress("new@example.com"))).isEmpty();
  }

  @Test
  void rejectsAPasswordWithAnUnpairedSurrogateWithoutWritingOrHashing() {
    RegistrationOutcome outcome = fx.register(EMAIL, "violet tractor umbrella 42 \ud800");

    assertThat(outcome)
        .isInstanceOfSatisfying(
            RegistrationOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS));
    assertThat(fx.hasher.work()).isZero();
    assertNothingWritten();
  }

  @Test
  void answersOverloadedWithoutWritingWhenHashingIsSaturated() throws Exception {
    IdentityFixture busy =
        new IdentityFixture(
            IdentityFixture.settings(
                IdentityFixture.CHEAP, new HashingLimits(1, 0, Duration.ofMillis(1))));
    busy.hasher.close();
    CompletableFuture<RegistrationOutcome> holder =
        CompletableFuture.supplyAsync(() -> busy.register("first@example.com", PASSWORD));
    busy.hasher.awaitInside(1);

    RegistrationOutcome refused = busy.register(EMAIL, PASSWORD);
    busy.hasher.open();

    assertThat(refused).isEqualTo(new RegistrationOutcome.Overloaded(Duration.ofSeconds(1)));
    assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo(new RegistrationOutcome.Accepted());
    assertThat(busy.accounts.findByEmail(new EmailAddress(EMAIL))).isEmpty();
    assertThat(busy.accounts.all()).hasSize(1);
  }

  private void assertNothingWritten() {
    assertThat(fx.accounts.all()).isEmpty();
    assertThat(fx.verifications.all()).isEmpty();
    assertThat(fx.mails()).isEmpty();
    assertThat(fx.audits()).isEmpty();
    assertThat(fx.hasher.work()).isZero();
  }
}
