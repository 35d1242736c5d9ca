package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.IdentitySettings.HashingLimits;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import io.rampart.notification.NoticeKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Step 6 of sign-in: a correct password for a verified address opens a session. */
class SignInSessionOpeningTest {
  private static final RequestOrigin TRAVEL = new RequestOrigin("192.0.2.44", "Safari/18");

  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;

  @BeforeEach
  void registerOwner() {
    owner = fx.owner();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Nested
  class OpeningTheSession {
    @Test
    void opensASessionWithIdleAndAbsoluteExpiry() {
      fx.clock.advance(Duration.ofMinutes(5));
      Instant now = fx.clock.instant();

      Session session = fx.signedIn(HOME, null).session();

      assertThat(session.account()).isEqualTo(owner);
      assertThat(session.createdAt()).isEqualTo(now);
      assertThat(session.lastSeenAt()).isEqualTo(now);
      assertThat(session.idleExpiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
      assertThat(session.expiresAt()).isEqualTo(now.plus(Duration.ofHours(12)));
      assertThat(session.ipAddress()).isEqualTo("203.0.113.7");
      assertThat(session.userAgent()).isEqualTo("Firefox/140");
      assertThat(fx.sessions.all()).containsExactly(session);
    }

    @Test
    void storesOnlyTheSha256OfTheSessionToken() throws Exception {
      SignInOutcome.SignedIn signedIn = fx.signedIn(HOME, null);

      assertThat(signedIn.token()).hasSize(43);
      assertThat(signedIn.session().tokenHash()).isEqualTo(sha256(signedIn.token()));
    }

    @Test
    void keepsTimesAtMicrosecondPrecision() {
      fx.clock.set(IdentityFixture.T0.plusNanos(123_456_789));

      Session session = fx.signedIn(HOME, null).session();

      assertThat(session.createdAt()).isEqualTo(IdentityFixture.T0.plusNanos(123_456_000));
    }

    @Test
    void auditsTheSuccessWithTheSessionAndWhetherTheDeviceWasNew() {
      Session session = fx.signedIn(HOME, null).session();

      assertThat(fx.lastAudit().type()).isEqualTo("signin.succeeded");
      assertThat(fx.lastAudit().account()).isEqualTo(owner);
      assertThat(fx.lastAudit().data())
          .containsEntry("newDevice", "true")
          .containsEntry("session", session.id().toString());
    }
  }

  @Nested
  class RecognisingTheDevice {
    @Test
    void tellsTheOwnerAboutTheFirstSignInFromADevice() {
      SignInOutcome.SignedIn first = fx.signedIn(HOME, null);

      assertThat(first.newDevice()).isTrue();
      assertThat(first.deviceToken()).hasSize(43);
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN))
          .singleElement()
          .satisfies(m -> assertThat(m.body()).contains("203.0.113.7").contains("Firefox/140"));
    }

    @Test
    void staysQuietWhenTheDeviceTokenIsKnown() {
      String device = fx.signedIn(HOME, null).deviceToken();

      SignInOutcome.SignedIn again = fx.signedIn(TRAVEL, device);

      assertThat(again.newDevice()).isFalse();
      assertThat(again.deviceToken()).isEqualTo(device);
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).hasSize(1);
    }

    @Test
    void staysQuietForAKnownIpAddressAndUserAgentWithoutDeviceToken() {
      String first = fx.signedIn(HOME, null).deviceToken();

      SignInOutcome.SignedIn again = fx.signedIn(HOME, null);

      assertThat(again.newDevice()).isFalse();
      assertThat(again.deviceToken()).isNotEqualTo(first);
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).hasSize(1);
    }

    @Test
    void treatsAnUnknownDeviceTokenFromANewPlaceAsNew() {
      fx.signedIn(HOME, null);

      SignInOutcome.SignedIn elsewhere = fx.signedIn(TRAVEL, "forged-or-stale-device-token");

      assertThat(elsewhere.newDevice()).isTrue();
      assertThat(elsewhere.deviceToken()).isNotEqualTo("forged-or-stale-device-token");
      assertThat(fx.mails(NoticeKind.NEW_SIGN_IN)).hasSize(2);
    }

    @Test
    void doesNotRecogniseAnotherAccountsDevice() {
      String device = fx.signedIn(HOME, null).deviceToken();
      fx.verifiedAccount("other@example.com", PASSWORD);

      SignInOutcome outcome = fx.signIn("other@example.com", PASSWORD, TRAVEL, device);

      assertThat(((SignInOutcome.SignedIn) outcome).newDevice()).isTrue();
    }
  }

  @Nested
  class UpgradingThePasswordHash {
    @Test
    void rehashesWithNewParametersAndKeepsThePasswordWorking() {
      String before = fx.accounts.findById(owner).orElseThrow().passwordHash();
      fx.restart(
          IdentityFixture.settings(
              new Argon2Parameters(128, 2, 1), new HashingLimits(4, 16, Duration.ofSeconds(10))));

      fx.signedIn(HOME, null);

      Account after = fx.accounts.findById(owner).orElseThrow();
      assertThat(before).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
      assertThat(after.passwordHash()).startsWith("$argon2id$v=19$m=128,t=2,p=1$");
      assertThat(after.passwordChangedAt()).isEqualTo(IdentityFixture.T0);
      assertThat(fx.signIn(EMAIL, PASSWORD, HOME, null)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void keepsAHashMadeWithTheCurrentParameters() {
      String before = fx.accounts.findById(owner).orElseThrow().passwordHash();

      fx.signedIn(HOME, null);

      assertThat(fx.accounts.findById(owner).orElseThrow().passwordHash()).isEqualTo(before);
    }
  }
}
