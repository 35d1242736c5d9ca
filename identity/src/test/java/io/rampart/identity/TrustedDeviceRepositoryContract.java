package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link TrustedDeviceRepository} keeps. */
public abstract class TrustedDeviceRepositoryContract extends MfaContractBase {
  protected TrustedDeviceRepository repository;
  private AccountId account;

  protected abstract TrustedDeviceRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
    account = existingAccount();
  }

  private TrustedDevice device(String hash, long secondsAfterT0) {
    return new TrustedDevice(
        new TrustedDeviceId(UUID.randomUUID()),
        account,
        hash,
        "Firefox/140",
        "203.0.113.7",
        T0.plusSeconds(secondsAfterT0),
        T0.plusSeconds(secondsAfterT0).plus(Duration.ofDays(30)),
        null);
  }

  @Test
  void trustsUntilExpiry() {
    TrustedDevice device = device("a".repeat(64), 0);
    repository.trust(device);

    assertThat(repository.isTrusted(account, "a".repeat(64), T0)).isTrue();
    assertThat(repository.isTrusted(account, "a".repeat(64), device.expiresAt())).isFalse();
    assertThat(repository.isTrusted(account, "b".repeat(64), T0)).isFalse();
    assertThat(repository.isTrusted(existingAccount(), "a".repeat(64), T0)).isFalse();
  }

  @Test
  void listsActiveDevicesNewestFirst() {
    TrustedDevice older = device("a".repeat(64), 0);
    TrustedDevice newer = device("b".repeat(64), 10);
    repository.trust(older);
    repository.trust(newer);

    assertThat(repository.findActive(account, T0.plusSeconds(20))).containsExactly(newer, older);
  }

  @Test
  void trustingADeviceAgainReplacesItsEarlierTrust() {
    TrustedDevice first = device("a".repeat(64), 0);
    TrustedDevice again = device("a".repeat(64), 100);
    repository.trust(first);
    repository.trust(again);

    assertThat(repository.findActive(account, T0.plusSeconds(200))).containsExactly(again);
  }

  @Test
  void revokesOneOnlyForItsAccount() {
    TrustedDevice device = device("a".repeat(64), 0);
    repository.trust(device);

    assertThat(repository.revoke(existingAccount(), device.id(), T0.plusSeconds(1))).isFalse();
    assertThat(repository.revoke(account, device.id(), T0.plusSeconds(1))).isTrue();
    assertThat(repository.revoke(account, device.id(), T0.plusSeconds(2))).isFalse();
    assertThat(repository.isTrusted(account, "a".repeat(64), T0.plusSeconds(3))).isFalse();
  }

  @Test
  void revokesAllAndCountsThem() {
    repository.trust(device("a".repeat(64), 0));
    repository.trust(device("b".repeat(64), 0));

    assertThat(repository.revokeAll(account, T0.plusSeconds(1))).isEqualTo(2);
    assertThat(repository.revokeAll(account, T0.plusSeconds(2))).isZero();
    assertThat(repository.findActive(account, T0.plusSeconds(3))).isEmpty();
  }
}
