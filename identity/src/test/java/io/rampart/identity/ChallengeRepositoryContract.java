package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.SessionId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link ChallengeRepository} keeps. */
public abstract class ChallengeRepositoryContract extends MfaContractBase {
  protected ChallengeRepository repository;

  protected abstract ChallengeRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private Challenge signIn() {
    return new Challenge(
        new ChallengeId(UUID.randomUUID()),
        Challenge.Purpose.SIGN_IN,
        existingAccount(),
        null,
        null,
        EnumSet.of(FactorMethod.TOTP, FactorMethod.PASSKEY, FactorMethod.RECOVERY_CODE),
        new byte[32],
        null,
        null,
        T0,
        T0.plus(Duration.ofMinutes(10)),
        0,
        Challenge.State.OPEN,
        null,
        new Challenge.PendingSignIn(
            "d".repeat(64),
            "203.0.113.7",
            "Firefox/140",
            SignInVerdict.Decision.CHALLENGE,
            "assessment-1",
            List.of("NEW_DEVICE", "HOSTING_NETWORK")));
  }

  private Challenge stepUp() {
    return new Challenge(
        new ChallengeId(UUID.randomUUID()),
        Challenge.Purpose.STEP_UP,
        existingAccount(),
        new SessionId(UUID.randomUUID()),
        SensitiveAction.CHANGE_PASSWORD,
        Set.of(FactorMethod.EMAIL_CODE),
        null,
        "e".repeat(64),
        T0.plus(Duration.ofMinutes(10)),
        T0,
        T0.plus(Duration.ofMinutes(10)),
        0,
        Challenge.State.OPEN,
        null,
        null);
  }

  private Challenge passkeySignIn() {
    return new Challenge(
        new ChallengeId(UUID.randomUUID()),
        Challenge.Purpose.PASSKEY_SIGN_IN,
        null,
        null,
        null,
        Set.of(FactorMethod.PASSKEY),
        new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 4},
        null,
        null,
        T0,
        T0.plus(Duration.ofMinutes(10)),
        0,
        Challenge.State.OPEN,
        null,
        null);
  }

  @Test
  void findsEachKindAsInserted() {
    for (Challenge challenge : List.of(signIn(), stepUp(), passkeySignIn())) {
      repository.insert(challenge);

      assertThat(repository.find(challenge.id())).contains(challenge);
    }
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(repository.find(new ChallengeId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void countsAttemptsUpToTheLimit() {
    Challenge challenge = signIn();
    repository.insert(challenge);

    assertThat(repository.claimAttempt(challenge.id(), 2, T0)).isTrue();
    assertThat(repository.claimAttempt(challenge.id(), 2, T0)).isTrue();
    assertThat(repository.claimAttempt(challenge.id(), 2, T0)).isFalse();
    assertThat(repository.find(challenge.id()).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void countsNoAttemptOnAnExpiredOrSettledChallenge() {
    Challenge expiring = signIn();
    Challenge completed = signIn();
    repository.insert(expiring);
    repository.insert(completed);
    repository.complete(completed.id(), T0);

    assertThat(repository.claimAttempt(expiring.id(), 5, expiring.expiresAt())).isFalse();
    assertThat(repository.claimAttempt(completed.id(), 5, T0)).isFalse();
  }

  @Test
  void ofConcurrentAttemptsOnlyAsManyAsAreLeftGoOn() throws Exception {
    Challenge challenge = signIn();
    repository.insert(challenge);

    List<Boolean> claims =
        Concurrently.run(
            8,
            () ->
                transactions().inTransaction(() -> repository.claimAttempt(challenge.id(), 5, T0)));

    assertThat(claims).filteredOn(b -> b).hasSize(5);
  }

  @Test
  void completesOrVoidsOnlyOnce() {
    Challenge completed = signIn();
    Challenge voided = signIn();
    repository.insert(completed);
    repository.insert(voided);

    assertThat(repository.complete(completed.id(), T0.plusSeconds(3))).isTrue();
    assertThat(repository.complete(completed.id(), T0.plusSeconds(4))).isFalse();
    assertThat(repository.voidChallenge(completed.id(), T0.plusSeconds(4))).isFalse();
    assertThat(repository.voidChallenge(voided.id(), T0.plusSeconds(5))).isTrue();
    assertThat(repository.complete(voided.id(), T0.plusSeconds(6))).isFalse();

    Challenge done = repository.find(completed.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(Challenge.State.COMPLETED);
    assertThat(done.settledAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(repository.find(voided.id()).orElseThrow().state()).isEqualTo(Challenge.State.VOID);
  }

  @Test
  void exactlyOneOfConcurrentCompletionsWins() throws Exception {
    Challenge challenge = stepUp();
    repository.insert(challenge);

    List<Boolean> completions =
        Concurrently.run(
            8, () -> transactions().inTransaction(() -> repository.complete(challenge.id(), T0)));

    assertThat(completions).containsOnlyOnce(true);
  }

  @Test
  void deletesExpiredChallengesUpToTheLimit() {
    Challenge first = signIn();
    Challenge second = stepUp();
    Challenge third = passkeySignIn();
    for (Challenge c : List.of(first, second, third)) {
      repository.insert(c);
    }
    repository.complete(first.id(), T0);

    assertThat(repository.deleteExpired(first.expiresAt(), 10)).isZero();
    assertThat(repository.deleteExpired(first.expiresAt().plusSeconds(1), 2)).isEqualTo(2);
    assertThat(repository.deleteExpired(first.expiresAt().plusSeconds(1), 2)).isEqualTo(1);
    assertThat(repository.find(second.id())).isEmpty();
  }
}
