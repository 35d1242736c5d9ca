package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.HOME;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private static final AuthenticationOutcome EXPIRED =
      new AuthenticationOutcome.Refused(ReasonCode.AUTH_SESSION_EXPIRED);
  private static final AuthenticationOutcome UNAUTHENTICATED =
      new AuthenticationOutcome.Refused(ReasonCode.AUTH_UNAUTHENTICATED);

  private final IdentityFixture fx = new IdentityFixture();
  private AccountId owner;
  private SignInOutcome.SignedIn signedIn;

  @BeforeEach
  void signIn() {
    owner = fx.owner();
    signedIn = fx.signedIn(HOME, null);
  }

  private static final SessionEndOutcome ENDED_ONE = new SessionEndOutcome.Ended(1);
  private static final SessionEndOutcome NOT_FOUND =
      new SessionEndOutcome.Refused(ReasonCode.AUTH_SESSION_NOT_FOUND);

  /** Signs out: ends the session from itself, which never needs more than the session. */
  private void signOut(SignInOutcome.SignedIn session) {
    SessionId id = session.session().id();
    assertThat(fx.identity.endSession(owner, id, id, HOME)).isEqualTo(ENDED_ONE);
  }

  private AuthenticationOutcome authenticate(String token) {
    return fx.identity.authenticate(token, HOME);
  }

  private Session stored(SessionId id) {
    return fx.sessions.findById(id).orElseThrow();
  }

  @Nested
  class Authenticating {
    @Test
    void acceptsTheTokenOfAnActiveSession() {
      assertThat(authenticate(signedIn.token()))
          .isEqualTo(new AuthenticationOutcome.Authenticated(signedIn.session()));
    }

    @Test
    void refusesAnUnknownOrAbsurdToken() {
      assertThat(authenticate("B".repeat(43))).isEqualTo(UNAUTHENTICATED);
      assertThat(authenticate(null)).isEqualTo(UNAUTHENTICATED);
      assertThat(authenticate("")).isEqualTo(UNAUTHENTICATED);
      assertThat(authenticate(signedIn.token() + "x".repeat(200))).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void expiresASessionLeftIdle() {
      fx.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
      assertThat(authenticate(signedIn.token()))
          .isInstanceOf(AuthenticationOutcome.Authenticated.class);

      fx.clock.advance(Duration.ofMinutes(15));
      assertThat(authenticate(signedIn.token())).isEqualTo(EXPIRED);
    }

    @Test
    void keepsASessionWithAnIdleTimeoutOfSecondsAliveWhileItIsUsedWithinIt() {
      IdentitySettings base = IdentityFixture.settings();
      IdentityFixture shortIdle =
          new IdentityFixture(
              new IdentitySettings(
                  Duration.ofSeconds(20),
                  base.sessionLifetime(),
                  base.verificationTtl(),
                  base.verificationLinkBase(),
                  base.passwordPolicy(),
                  base.throttling(),
                  base.hashing()));
      shortIdle.owner();
      String token = shortIdle.signedIn(HOME, null).token();

      for (int i = 1; i <= 12; i++) {
        shortIdle.clock.advance(Duration.ofSeconds(12));
        assertThat(shortIdle.identity.authenticate(token, HOME))
            .as("used again after %d s", i * 12)
            .isInstanceOf(AuthenticationOutcome.Authenticated.class);
      }

      shortIdle.clock.advance(Duration.ofSeconds(21));
      assertThat(shortIdle.identity.authenticate(token, HOME)).isEqualTo(EXPIRED);
    }

    @Test
    void keepsASessionInUseAliveUntilItsLifetimeEnds() {
      for (int i = 0; i < 12 * 6 - 1; i++) {
        fx.clock.advance(Duration.ofMinutes(10));
        assertThat(authenticate(signedIn.token()))
            .as("after %d minutes", (i + 1) * 10)
            .isInstanceOf(AuthenticationOutcome.Authenticated.class);
      }

      fx.clock.advance(Duration.ofMinutes(10));
      assertThat(authenticate(signedIn.token())).isEqualTo(EXPIRED);
    }

    @Test
    void extendsTheIdleExpiryButNeverPastTheLifetime() {
      Instant lifetimeEnd = signedIn.session().expiresAt();
      keepUsingUntil(lifetimeEnd.minus(Duration.ofMinutes(10)));
      fx.clock.set(lifetimeEnd.minus(Duration.ofMinutes(5)));

      AuthenticationOutcome outcome = authenticate(signedIn.token());

      Session session = ((AuthenticationOutcome.Authenticated) outcome).session();
      assertThat(session.idleExpiresAt()).isEqualTo(lifetimeEnd);
      assertThat(session.lastSeenAt()).isEqualTo(lifetimeEnd.minus(Duration.ofMinutes(5)));
      assertThat(stored(session.id()).idleExpiresAt()).isEqualTo(lifetimeEnd);
    }

    private void keepUsingUntil(Instant end) {
      while (fx.clock.instant().isBefore(end)) {
        fx.clock.advance(Duration.ofMinutes(10));
        assertThat(authenticate(signedIn.token()))
            .isInstanceOf(AuthenticationOutcome.Authenticated.class);
      }
    }

    @Test
    void recordsUseOnlyWhenTheLastRecordedUseIsHalfAMinuteOld() {
      Instant signInTime = signedIn.session().lastSeenAt();
      fx.clock.advance(Duration.ofSeconds(29));
      authenticate(signedIn.token());
      assertThat(stored(signedIn.session().id()).lastSeenAt()).isEqualTo(signInTime);

      fx.clock.advance(Duration.ofSeconds(1));
      authenticate(signedIn.token());
      Session session = stored(signedIn.session().id());
      assertThat(session.lastSeenAt()).isEqualTo(signInTime.plusSeconds(30));
      assertThat(session.idleExpiresAt())
          .isEqualTo(signInTime.plusSeconds(30).plus(Duration.ofMinutes(15)));
    }

    @Test
    void refusesAnEndedSessionAsExpired() {
      signOut(signedIn);

      assertThat(authenticate(signedIn.token())).isEqualTo(EXPIRED);
    }
  }

  @Nested
  class Listing {
    @Test
    void listsActiveSessionsNewestFirstAndFlagsTheCurrentOne() {
      fx.clock.advance(Duration.ofMinutes(1));
      SignInOutcome.SignedIn second = fx.signedIn(new RequestOrigin("192.0.2.5", "Edge"), null);
      fx.clock.advance(Duration.ofMinutes(1));
      SignInOutcome.SignedIn ended = fx.signedIn(HOME, null);
      signOut(ended);

      assertThat(fx.identity.sessions(owner, signedIn.session().id()))
          .extracting(SessionView::id, SessionView::current, SessionView::userAgent)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(second.session().id(), false, "Edge"),
              org.assertj.core.groups.Tuple.tuple(signedIn.session().id(), true, "Firefox/140"));
    }

    @Test
    void leavesOutExpiredSessions() {
      fx.clock.advance(Duration.ofMinutes(16));

      assertThat(fx.identity.sessions(owner, signedIn.session().id())).isEmpty();
    }

    @Test
    void showsOneOfTheOwnersSessionsAsTheListingDoes() {
      SignInOutcome.SignedIn second = fx.signedIn(new RequestOrigin("192.0.2.5", "Edge"), null);

      assertThat(fx.identity.session(owner, second.session().id(), signedIn.session().id()))
          .hasValueSatisfying(
              view -> {
                assertThat(view.current()).isFalse();
                assertThat(view.userAgent()).isEqualTo("Edge");
                assertThat(fx.identity.sessions(owner, signedIn.session().id())).contains(view);
              });
      assertThat(fx.identity.session(owner, signedIn.session().id(), signedIn.session().id()))
          .hasValueSatisfying(view -> assertThat(view.current()).isTrue());
    }

    @Test
    void showsNoSessionThatIsSomeoneElsesEndedOrUnknown() {
      AccountId stranger = fx.verifiedAccount("stranger@example.com", IdentityFixture.PASSWORD);
      SignInOutcome.SignedIn ended = fx.signedIn(HOME, null);
      fx.identity.endSession(owner, ended.session().id(), ended.session().id(), HOME);

      assertThat(fx.identity.session(stranger, signedIn.session().id(), null)).isEmpty();
      assertThat(fx.identity.session(owner, ended.session().id(), null)).isEmpty();
      assertThat(fx.identity.session(owner, new SessionId(UUID.randomUUID()), null)).isEmpty();
    }
  }

  @Nested
  class Ending {
    @Test
    void endsTheOwnersSessionAndAuditsIt() {
      SignInOutcome.SignedIn other = fx.signedIn(HOME, null);

      assertThat(fx.identity.endSession(owner, other.session().id(), signedIn.session().id(), HOME))
          .isEqualTo(ENDED_ONE);

      assertThat(stored(signedIn.session().id()).endReason()).isEqualTo("ended-by-owner");
      assertThat(fx.lastAudit().type()).isEqualTo("session.ended");
      assertThat(fx.lastAudit().data())
          .containsEntry("session", signedIn.session().id().toString());
    }

    @Test
    void answersSomeoneElsesSessionLikeAnUnknownOneAndLeavesItAlone() {
      AccountId stranger = fx.verifiedAccount("stranger@example.com", IdentityFixture.PASSWORD);
      SessionId strangers =
          ((SignInOutcome.SignedIn)
                  fx.signIn("stranger@example.com", IdentityFixture.PASSWORD, HOME, null))
              .session()
              .id();

      assertThat(fx.identity.endSession(stranger, strangers, signedIn.session().id(), HOME))
          .isEqualTo(NOT_FOUND);
      assertThat(
              fx.identity.endSession(stranger, strangers, new SessionId(UUID.randomUUID()), HOME))
          .isEqualTo(NOT_FOUND);
      assertThat(authenticate(signedIn.token()))
          .isInstanceOf(AuthenticationOutcome.Authenticated.class);
    }

    @Test
    void answersAnAlreadyEndedSessionAsNotFound() {
      SessionId current = fx.signedIn(HOME, null).session().id();
      fx.identity.endSession(owner, current, signedIn.session().id(), HOME);
      int audits = fx.audits().size();

      assertThat(fx.identity.endSession(owner, current, signedIn.session().id(), HOME))
          .isEqualTo(NOT_FOUND);
      assertThat(fx.audits()).hasSize(audits);
    }

    @Test
    void endsEveryOtherSessionAndKeepsTheCurrentOne() {
      SignInOutcome.SignedIn second = fx.signedIn(HOME, null);
      SignInOutcome.SignedIn third = fx.signedIn(HOME, null);

      SessionEndOutcome ended = fx.identity.endOtherSessions(owner, third.session().id(), HOME);

      assertThat(ended).isEqualTo(new SessionEndOutcome.Ended(2));
      assertThat(authenticate(signedIn.token())).isEqualTo(EXPIRED);
      assertThat(authenticate(second.token())).isEqualTo(EXPIRED);
      assertThat(authenticate(third.token()))
          .isInstanceOf(AuthenticationOutcome.Authenticated.class);
      assertThat(fx.lastAudit().type()).isEqualTo("session.ended_others");
      assertThat(fx.lastAudit().data()).containsEntry("count", "2");
    }

    @Test
    void endingOtherSessionsNeedsTheElevationTheCatalogueAsksForButSigningOutNever() {
      fx.configure(
          SensitiveAction.END_SESSIONS,
          new ActionCatalogue.Rule(
              ActionCatalogue.Risk.MEDIUM, ActionCatalogue.Assurance.ANY_FACTOR));
      SessionId current = fx.signedIn(HOME, null).session().id();
      SessionId other = signedIn.session().id();
      int audits = fx.audits().size();

      SessionEndOutcome.Refused stepUp =
          new SessionEndOutcome.Refused(ReasonCode.AUTH_STEP_UP_REQUIRED);
      assertThat(fx.identity.endSession(owner, current, other, HOME)).isEqualTo(stepUp);
      assertThat(fx.identity.endOtherSessions(owner, current, HOME)).isEqualTo(stepUp);
      assertThat(fx.audits()).hasSize(audits);
      assertThat(authenticate(signedIn.token()))
          .isInstanceOf(AuthenticationOutcome.Authenticated.class);

      fx.stepUpByEmail(owner, current, SensitiveAction.END_SESSIONS);
      assertThat(fx.identity.endSession(owner, current, other, HOME)).isEqualTo(ENDED_ONE);
      SessionId last = fx.signedIn(HOME, null).session().id();
      assertThat(fx.identity.endSession(owner, last, last, HOME)).isEqualTo(ENDED_ONE);
    }
  }
}
