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
    RegistrationOutcome first = fx.register(EMAIL, PASSWORD);
    int workForNew = fx.hasher.work();
    Account owner = fx.accounts.all().getFirst();

    RegistrationOutcome second = fx.register("OWNER@example.com", "another fine password 99");

    assertThat(second).isEqualTo(first);
    assertThat(fx.hasher.work() - workForNew).isEqualTo(workForNew);
    assertThat(fx.accounts.all()).hasSize(1);
    assertThat(fx.mails(NoticeKind.REGISTRATION_ATTEMPT))
        .singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo(EMAIL));
    AuditRecord attempt = fx.lastAudit();
    assertThat(attempt.type()).isEqualTo("account.registration_attempted");
    assertThat(attempt.account()).isEqualTo(owner.id());
    assertThat(fx.accounts.all()).containsExactly(owner);
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
