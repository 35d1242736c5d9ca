package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailVerificationTest {
  private final IdentityFixture fx = new IdentityFixture();
  private String token;

  @BeforeEach
  void register() {
    fx.register(EMAIL, PASSWORD);
    token = fx.verificationToken(EMAIL);
  }

  private Account account() {
    return fx.accounts.findByEmail(new EmailAddress(EMAIL)).orElseThrow();
  }

  private static VerificationOutcome rejected(ReasonCode reason) {
    return new VerificationOutcome.Rejected(reason);
  }

  @Test
  void verifiesTheAddressAndAuditsIt() {
    fx.clock.advance(Duration.ofHours(1));

    VerificationOutcome outcome = fx.identity.verifyEmail(token, HOME);

    assertThat(outcome).isEqualTo(new VerificationOutcome.Verified(account().id()));
    assertThat(account().emailVerifiedAt()).isEqualTo(IdentityFixture.T0.plus(Duration.ofHours(1)));
    assertThat(fx.lastAudit().type()).isEqualTo("account.email_verified");
    assertThat(fx.lastAudit().account()).isEqualTo(account().id());
  }

  @Test
  void refusesATokenUsedBefore() {
    fx.identity.verifyEmail(token, HOME);
    int audits = fx.audits().size();

    assertThat(fx.identity.verifyEmail(token, HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID));
    assertThat(fx.audits()).hasSize(audits);
  }

  @Test
  void refusesAnUnknownToken() {
    assertThat(fx.identity.verifyEmail("A".repeat(43), HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID));
    assertThat(account().emailVerified()).isFalse();
  }

  @Test
  void refusesAbsurdTokensWithoutALookup() {
    assertThat(fx.identity.verifyEmail(null, HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID));
    assertThat(fx.identity.verifyEmail("", HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID));
    assertThat(fx.identity.verifyEmail(token + "x".repeat(200), HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID));
  }

  @Test
  void refusesAnExpiredToken() {
    fx.clock.advance(Duration.ofHours(24));

    assertThat(fx.identity.verifyEmail(token, HOME))
        .isEqualTo(rejected(ReasonCode.AUTH_VERIFICATION_TOKEN_EXPIRED));
    assertThat(account().emailVerified()).isFalse();
    assertThat(fx.verifications.all().getFirst().usedAt()).isNull();
  }

  @Test
  void acceptsATokenJustBeforeItExpires() {
    fx.clock.advance(Duration.ofHours(24).minusSeconds(1));

    assertThat(fx.identity.verifyEmail(token, HOME))
        .isInstanceOf(VerificationOutcome.Verified.class);
  }
}
