package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link RecoveryCodeRepository} keeps. */
public abstract class RecoveryCodeRepositoryContract extends MfaContractBase {
  protected RecoveryCodeRepository repository;
  private AccountId account;

  protected abstract RecoveryCodeRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
    account = existingAccount();
  }

  @Test
  void usesEachCodeOnce() {
    repository.replaceAll(account, List.of("a".repeat(64), "b".repeat(64)), T0);

    assertThat(repository.countUnused(account)).isEqualTo(2);
    assertThat(repository.use(account, "a".repeat(64), T0)).isTrue();
    assertThat(repository.use(account, "a".repeat(64), T0)).isFalse();
    assertThat(repository.countUnused(account)).isEqualTo(1);
  }

  @Test
  void usesOnlyTheAccountsOwnCodes() {
    repository.replaceAll(account, List.of("a".repeat(64)), T0);
    AccountId other = existingAccount();

    assertThat(repository.use(other, "a".repeat(64), T0)).isFalse();
    assertThat(repository.use(account, "c".repeat(64), T0)).isFalse();
  }

  @Test
  void replacingForgetsEveryOldCode() {
    repository.replaceAll(account, List.of("a".repeat(64), "b".repeat(64)), T0);
    repository.use(account, "a".repeat(64), T0);

    repository.replaceAll(account, List.of("c".repeat(64)), T0.plusSeconds(1));

    assertThat(repository.countUnused(account)).isEqualTo(1);
    assertThat(repository.use(account, "b".repeat(64), T0)).isFalse();
    assertThat(repository.use(account, "c".repeat(64), T0)).isTrue();
  }

  @Test
  void deletesAll() {
    repository.replaceAll(account, List.of("a".repeat(64)), T0);

    repository.deleteAll(account);

    assertThat(repository.countUnused(account)).isZero();
    assertThat(repository.use(account, "a".repeat(64), T0)).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentUsesOfACodeWins() throws Exception {
    repository.replaceAll(account, List.of("a".repeat(64)), T0);

    List<Boolean> uses =
        Concurrently.run(
            8,
            () -> transactions().inTransaction(() -> repository.use(account, "a".repeat(64), T0)));

    assertThat(uses).containsOnlyOnce(true);
  }
}
