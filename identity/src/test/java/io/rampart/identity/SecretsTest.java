package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.kernel.AccountId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passwords, tokens, hashes, app seeds and codes, e-mailed codes and recovery codes reach neither
 * the audit trail nor any toString.
 */
class SecretsTest {
  private static final String NEW_PASSWORD = "marble kettle orbit 7 lantern";

  @Test
  void keepsSecretsOutOfAuditRecordsAndDescriptions() {
    IdentityFixture fx = new IdentityFixture();
    List<String> secrets = new ArrayList<>(List.of(PASSWORD, NEW_PASSWORD, "wrong password here"));
    fx.register(EMAIL, PASSWORD);
    String verificationToken = fx.verificationToken(EMAIL);
    secrets.add(verificationToken);
    AccountId owner =
        ((VerificationOutcome.Verified) fx.identity.verifyEmail(verificationToken, HOME)).account();
    fx.signIn(EMAIL, "wrong password here", HOME, null);
    SignInOutcome.SignedIn signedIn = fx.signedIn(HOME, null);
    secrets.add(signedIn.token());
    secrets.add(signedIn.deviceToken());
    secrets.add(signedIn.session().tokenHash());
    fx.stepUpByEmail(owner, signedIn.session().id(), SensitiveAction.CHANGE_PASSWORD);
    assertThat(
            fx.identity.changePassword(
                owner,
                signedIn.session().id(),
                PASSWORD.toCharArray(),
                NEW_PASSWORD.toCharArray(),
                HOME))
        .isInstanceOf(PasswordChangeOutcome.Changed.class);
    Account account = fx.accounts.findById(owner).orElseThrow();
    secrets.add(account.passwordHash());
    fx.verifications.all().forEach(v -> secrets.add(v.tokenHash()));

    List<String> descriptions = new ArrayList<>();
    for (AuditRecord record : fx.audits()) {
      descriptions.add(record.toString());
    }
    descriptions.add(signedIn.toString());
    descriptions.add(signedIn.session().toString());
    descriptions.add(account.toString());
    descriptions.add(
        new SignInAttempt(EMAIL, PASSWORD.toCharArray(), HOME, signedIn.deviceToken()).toString());

    IdentityFixture.Enrolled app = fx.enrolTotp(owner, signedIn.session().id());
    secrets.add(java.util.HexFormat.of().formatHex(app.seed()));
    secrets.addAll(app.recoveryCodes());
    secrets.add(fx.emailCode());
    String code = fx.nextTotpCode(app.seed());
    secrets.add(code);
    ChallengeView challenge =
        ((SignInOutcome.SecondFactorRequired) fx.signIn(EMAIL, NEW_PASSWORD, HOME, null))
            .challenge();
    assertThat(fx.complete(challenge, new Proof.Totp(code)))
        .isInstanceOf(SecondFactorOutcome.SignedIn.class);
    TotpFactor stored = fx.totp.find(owner).orElseThrow();
    secrets.add(stored.encryptedSeed());
    descriptions.add(stored.toString());
    descriptions.add(new Proof.Totp(code).toString());
    descriptions.add(new Proof.RecoveryCode(app.recoveryCodes().getFirst()).toString());
    descriptions.add(fx.mfa.toString());
    for (AuditRecord record : fx.audits()) {
      descriptions.add(record.toString());
    }

    assertThat(fx.audits()).hasSizeGreaterThanOrEqualTo(5);
    for (String description : descriptions) {
      for (String secret : secrets) {
        assertThat(description).doesNotContain(secret);
      }
    }
  }
}
