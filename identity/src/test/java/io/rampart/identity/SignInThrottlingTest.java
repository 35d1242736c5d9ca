package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.ATTACKER;
import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static io.rampart.identity.IdentityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Step 2 of sign-in: throttled attempts are refused before any hashing. The fixture allows 3 free
 * failures per account, 6 per IP and 10 per network, then waits 1 s, doubling up to 1 min.
 */
class SignInThrottlingTest {
  private static final SignInOutcome INVALID =
      new SignInOutcome.Refused(ReasonCode.AUTH_INVALID_CREDENTIALS);
  private static final String WRONG = "wrong password here";

  private final IdentityFixture fx = new IdentityFixture();

  @BeforeEach
  void registerOwner() {
    fx.owner();
  }

  private void failAgainstOwner(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(INVALID);
    }
  }

  private static SignInOutcome throttledFor(long seconds) {
    return new SignInOutcome.Throttled(Duration.ofSeconds(seconds));
  }

  @Test
  void growsTheDelayWithEachFailureBeyondTheFreeOnes() {
    failAgainstOwner(4);
    assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(throttledFor(1));

    fx.clock.advance(Duration.ofSeconds(1));
    failAgainstOwner(1);
    assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(throttledFor(2));

    fx.clock.advance(Duration.ofSeconds(2));
    failAgainstOwner(1);
    assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(throttledFor(4));
  }

  @Test
  void refusesAThrottledAttemptWithoutVerifyingEvenTheRightPassword() {
    failAgainstOwner(4);
    fx.hasher.resetCounts();

    assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null)).isEqualTo(throttledFor(1));
    assertThat(fx.hasher.work()).isZero();
    assertThat(fx.lastAudit().type()).isEqualTo("signin.throttled");
    assertThat(fx.lastAudit().data()).containsEntry("retryAfterSeconds", "1");
  }

  @Test
  void letsTheOwnersKnownDeviceSignInWhileTheAccountIsThrottled() {
    String device = fx.signedIn(HOME, null).deviceToken();
    failAgainstOwner(4);

    assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null))
        .isInstanceOf(SignInOutcome.Throttled.class);
    assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device)).isInstanceOf(SignInOutcome.SignedIn.class);
  }

  @Test
  void letsTheOwnersKnownDeviceSignInFromASourceThatFailedAcrossManyAccounts() {
    String device = fx.signedIn(ATTACKER, null).deviceToken();
    for (int i = 0; i < 11; i++) {
      RequestOrigin sameSource = i < 7 ? ATTACKER : new RequestOrigin("198.51.100." + i, "bot");
      assertThat(fx.signIn("victim" + i + "@example.com", WRONG, sameSource, null))
          .isEqualTo(INVALID);
    }
    assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, null))
        .isInstanceOf(SignInOutcome.Throttled.class);

    assertThat(fx.signIn(EMAIL, PASSWORD, ATTACKER, device))
        .isInstanceOf(SignInOutcome.SignedIn.class);
  }

  @Test
  void countsAKnownDevicesFailuresOnlyOnItsOwnKey() {
    String device = fx.signedIn(HOME, null).deviceToken();
    for (int i = 0; i < 3; i++) {
      assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, device)).isEqualTo(INVALID);
    }

    assertThat(fx.throttles.state("ip:" + ATTACKER.ipAddress())).isEmpty();
    assertThat(fx.throttles.state("account:" + EMAIL)).isEmpty();
    assertThat(fx.signIn("someone@example.com", WRONG, ATTACKER, device)).isEqualTo(INVALID);
    assertThat(fx.throttles.state("ip:" + ATTACKER.ipAddress()))
        .as("the token is the owner's, so it exempts nothing on another address")
        .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(1));
  }

  @Test
  void throttlesAKnownDeviceUnderItsOwnKey() {
    String device = fx.signedIn(HOME, null).deviceToken();
    for (int i = 0; i < 4; i++) {
      assertThat(fx.signIn(EMAIL, WRONG, HOME, device)).isEqualTo(INVALID);
    }

    assertThat(fx.signIn(EMAIL, PASSWORD, HOME, device)).isEqualTo(throttledFor(1));
    assertThat(fx.signIn(EMAIL, PASSWORD, new RequestOrigin("192.0.2.1", "Edge"), null))
        .isInstanceOf(SignInOutcome.SignedIn.class);
  }

  @Test
  void throttlesASourceIpAcrossAddresses() {
    for (int i = 0; i < 7; i++) {
      assertThat(fx.signIn("victim" + i + "@example.com", WRONG, ATTACKER, null))
          .isEqualTo(INVALID);
    }

    assertThat(fx.signIn("victim99@example.com", WRONG, ATTACKER, null)).isEqualTo(throttledFor(1));
    assertThat(fx.signIn(EMAIL, PASSWORD, HOME, null)).isInstanceOf(SignInOutcome.SignedIn.class);
  }

  @Test
  void throttlesANetworkAcrossItsAddresses() {
    for (int i = 1; i <= 11; i++) {
      RequestOrigin neighbour = new RequestOrigin("198.51.100." + i, "bot");
      assertThat(fx.signIn("victim" + i + "@example.com", WRONG, neighbour, null))
          .isEqualTo(INVALID);
    }

    assertThat(fx.signIn("x@example.com", WRONG, new RequestOrigin("198.51.100.200", "bot"), null))
        .isEqualTo(throttledFor(1));
    assertThat(fx.signIn("x@example.com", WRONG, new RequestOrigin("198.51.101.200", "bot"), null))
        .isEqualTo(INVALID);
  }

  @Test
  void throttlesUnknownAddressesLikeKnownOnes() {
    for (int i = 0; i < 4; i++) {
      fx.signIn("nobody@example.com", WRONG, new RequestOrigin("192.0.2." + i, "bot"), null);
    }

    assertThat(fx.signIn("nobody@example.com", WRONG, new RequestOrigin("192.0.2.99", "bot"), null))
        .isEqualTo(throttledFor(1));
  }

  @Test
  void clearsTheAccountButNotTheSourceAfterASuccess() {
    fx.signIn(EMAIL, WRONG, HOME, null);
    fx.signIn(EMAIL, WRONG, HOME, null);

    fx.signedIn(HOME, null);

    assertThat(fx.throttles.state("account:owner@example.com")).isEmpty();
    assertThat(fx.throttles.state("ip:203.0.113.7"))
        .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(2));
  }

  @Test
  void letsAtMostTheFreeFailuresPlusOneOfManyParallelGuessesReachTheHasher() throws Exception {
    fx.slowHashing(Duration.ofMillis(20));
    int attempts = 30;

    List<SignInOutcome> outcomes =
        Concurrently.run(attempts, () -> fx.signIn(EMAIL, WRONG, ATTACKER, null));

    int free = IdentityFixture.THROTTLING.freeAccountFailures();
    assertThat(fx.hasher.verifications()).isBetween(1, free + 1);
    assertThat(outcomes).filteredOn(INVALID::equals).hasSize(fx.hasher.verifications());
    assertThat(outcomes)
        .filteredOn(o -> o instanceof SignInOutcome.Throttled)
        .hasSize(attempts - fx.hasher.verifications());
    assertThat(fx.throttles.state("account:" + EMAIL))
        .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(fx.hasher.verifications()));
  }

  @Test
  void givesBackTheCountOfAThrottledAttempt() {
    failAgainstOwner(4);
    ThrottleStore.State before = fx.throttles.state("account:" + EMAIL).orElseThrow();

    for (int i = 0; i < 10; i++) {
      assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(throttledFor(1));
    }

    assertThat(fx.throttles.state("account:" + EMAIL)).contains(before);
    assertThat(fx.throttles.state("ip:" + ATTACKER.ipAddress()))
        .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(4));
  }

  @Test
  void givesBackTheSourceCountOfACorrectPassword() {
    fx.signIn(EMAIL, WRONG, HOME, null);

    fx.signedIn(HOME, null);
    fx.signedIn(HOME, null);

    assertThat(fx.throttles.state("ip:203.0.113.7"))
        .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(1));
  }

  @Test
  void auditsOnlyTheFirstRefusalOfABlockedPeriod() {
    failAgainstOwner(4);
    int before = fx.audits().size();

    for (int i = 0; i < 50; i++) {
      assertThat(fx.signIn(EMAIL, WRONG, ATTACKER, null)).isEqualTo(throttledFor(1));
    }

    assertThat(fx.audits().subList(before, fx.audits().size()))
        .extracting(a -> a.type())
        .containsExactly("signin.throttled");
  }

  @Test
  void auditsTheFirstRefusalOfEachNewBlockedPeriod() {
    failAgainstOwner(4);
    fx.signIn(EMAIL, WRONG, ATTACKER, null);
    fx.signIn(EMAIL, WRONG, ATTACKER, null);
    fx.clock.advance(Duration.ofSeconds(1));
    failAgainstOwner(1);

    fx.signIn(EMAIL, WRONG, ATTACKER, null);
    fx.signIn(EMAIL, WRONG, ATTACKER, null);

    assertThat(fx.auditTypes()).filteredOn("signin.throttled"::equals).hasSize(2);
  }
}
