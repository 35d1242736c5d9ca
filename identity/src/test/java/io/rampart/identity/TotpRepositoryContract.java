package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link TotpRepository} keeps. */
public abstract class TotpRepositoryContract extends MfaContractBase {
  protected TotpRepository repository;
  private AccountId account;

  protected abstract TotpRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
    account = existingAccount();
  }

  private final SessionId session = new SessionId(UUID.randomUUID());

  private TotpFactor pending(String seed) {
    return new TotpFactor(account, seed, T0, null, null, session);
  }

  @Test
  void keepsAPendingEnrolmentAndReplacesItWithANewerOne() {
    assertThat(repository.savePending(pending("v1.first"))).isTrue();
    assertThat(repository.savePending(pending("v1.second"))).isTrue();

    assertThat(repository.find(account)).contains(pending("v1.second"));
  }

  @Test
  void aNewerEnrolmentBelongsToTheSessionThatStartedIt() {
    repository.savePending(pending("v1.first"));
    SessionId other = new SessionId(UUID.randomUUID());
    TotpFactor newer = new TotpFactor(account, "v1.second", T0.plusSeconds(9), null, null, other);

    assertThat(repository.savePending(newer)).isTrue();

    assertThat(repository.find(account)).contains(newer);
  }

  @Test
  void confirmsOnlyThePendingSeedAndRecordsItsStep() {
    repository.savePending(pending("v1.first"));

    assertThat(repository.confirm(account, "v1.other", T0.plusSeconds(5), 100)).isFalse();
    assertThat(repository.confirm(account, "v1.first", T0.plusSeconds(5), 100)).isTrue();
    assertThat(repository.confirm(account, "v1.first", T0.plusSeconds(6), 101)).isFalse();

    assertThat(repository.find(account))
        .contains(new TotpFactor(account, "v1.first", T0, T0.plusSeconds(5), 100L, session));
  }

  @Test
  void refusesAPendingEnrolmentOverAConfirmedOne() {
    repository.savePending(pending("v1.first"));
    repository.confirm(account, "v1.first", T0, 100);

    assertThat(repository.savePending(pending("v1.second"))).isFalse();
    assertThat(repository.find(account).orElseThrow().encryptedSeed()).isEqualTo("v1.first");
  }

  @Test
  void acceptsOnlyStepsNewerThanEveryOneBefore() {
    repository.savePending(pending("v1.first"));
    repository.confirm(account, "v1.first", T0, 100);

    assertThat(repository.claimStep(account, 100)).isFalse();
    assertThat(repository.claimStep(account, 99)).isFalse();
    assertThat(repository.claimStep(account, 101)).isTrue();
    assertThat(repository.claimStep(account, 101)).isFalse();
    assertThat(repository.claimStep(account, 103)).isTrue();
    assertThat(repository.claimStep(account, 102)).isFalse();
  }

  @Test
  void acceptsNoStepOfAPendingEnrolment() {
    repository.savePending(pending("v1.first"));

    assertThat(repository.claimStep(account, 100)).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentClaimsOfAStepWins() throws Exception {
    repository.savePending(pending("v1.first"));
    repository.confirm(account, "v1.first", T0, 100);

    List<Boolean> claims =
        Concurrently.run(
            8, () -> transactions().inTransaction(() -> repository.claimStep(account, 101)));

    assertThat(claims).containsOnlyOnce(true);
  }

  @Test
  void deletesAndSaysWhetherAConfirmedOneWent() {
    repository.savePending(pending("v1.first"));
    assertThat(repository.delete(account)).isFalse();
    assertThat(repository.find(account)).isEmpty();

    repository.savePending(pending("v1.first"));
    repository.confirm(account, "v1.first", T0, 100);
    assertThat(repository.delete(account)).isTrue();
    assertThat(repository.find(account)).isEmpty();
  }

  @Test
  void keepsAccountsApart() {
    AccountId other = existingAccount();
    repository.savePending(pending("v1.first"));
    repository.confirm(account, "v1.first", T0, 100);

    assertThat(repository.find(other)).isEmpty();
    assertThat(repository.claimStep(other, 200)).isFalse();
  }
}
