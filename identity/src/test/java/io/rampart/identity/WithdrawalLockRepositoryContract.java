package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link WithdrawalLockRepository} keeps. */
public abstract class WithdrawalLockRepositoryContract extends MfaContractBase {
  protected WithdrawalLockRepository repository;

  protected abstract WithdrawalLockRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Test
  void findsLocksInForceLatestEndFirst() {
    AccountId account = existingAccount();
    WithdrawalLock shorter =
        new WithdrawalLock(
            account, SecurityChange.PASSWORD_CHANGE, T0, T0.plus(Duration.ofHours(1)));
    WithdrawalLock longer =
        new WithdrawalLock(
            account, SecurityChange.FACTOR_REMOVAL, T0, T0.plus(Duration.ofHours(24)));
    repository.insert(shorter);
    repository.insert(longer);
    repository.insert(
        new WithdrawalLock(
            existingAccount(), SecurityChange.EMAIL_CHANGE, T0, T0.plus(Duration.ofDays(2))));

    assertThat(repository.findActive(account, T0)).containsExactly(longer, shorter);
    assertThat(repository.findActive(account, T0.plus(Duration.ofHours(1))))
        .containsExactly(longer);
    assertThat(repository.findActive(account, T0.plus(Duration.ofHours(24)))).isEmpty();
  }
}
