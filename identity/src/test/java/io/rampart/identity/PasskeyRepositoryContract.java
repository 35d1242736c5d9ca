package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link PasskeyRepository} keeps. */
public abstract class PasskeyRepositoryContract extends MfaContractBase {
  protected PasskeyRepository repository;
  private AccountId account;

  protected abstract PasskeyRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
    account = existingAccount();
  }

  private Passkey passkey(AccountId owner, String name, long seconds) {
    return new Passkey(
        UUID.randomUUID().toString().replace("-", ""),
        owner,
        name,
        new byte[] {1, 2, 3, 4},
        7,
        true,
        true,
        false,
        "hybrid,internal",
        T0.plusSeconds(seconds),
        null);
  }

  @Test
  void findsAnInsertedPasskeyByIdAndByAccountOldestFirst() {
    Passkey newer = passkey(account, "phone", 10);
    Passkey older = passkey(account, "laptop", 5);
    assertThat(repository.insert(newer)).isTrue();
    assertThat(repository.insert(older)).isTrue();
    repository.insert(passkey(existingAccount(), "someone else's", 1));

    assertThat(repository.findByCredentialId(newer.credentialId())).contains(newer);
    assertThat(repository.findByAccount(account)).containsExactly(older, newer);
  }

  @Test
  void refusesACredentialIdRegisteredBefore() {
    Passkey first = passkey(account, "phone", 0);
    repository.insert(first);

    Passkey again =
        new Passkey(
            first.credentialId(),
            existingAccount(),
            "copy",
            new byte[] {9},
            0,
            false,
            false,
            false,
            "",
            T0,
            null);
    assertThat(repository.insert(again)).isFalse();
    assertThat(repository.findByCredentialId(first.credentialId())).contains(first);
  }

  @Test
  void recordsAUseKeepingTheLargestCounter() {
    Passkey key = passkey(account, "phone", 0);
    repository.insert(key);

    repository.recordUse(key.credentialId(), 12, true, true, T0.plusSeconds(60));
    repository.recordUse(key.credentialId(), 9, true, false, T0.plusSeconds(70));

    Passkey used = repository.findByCredentialId(key.credentialId()).orElseThrow();
    assertThat(used.signCount()).isEqualTo(12);
    assertThat(used.backedUp()).isFalse();
    assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(70));
  }

  @Test
  void renamesAndRemovesOnlyTheOwnersPasskey() {
    Passkey key = passkey(account, "phone", 0);
    repository.insert(key);
    AccountId stranger = existingAccount();

    assertThat(repository.rename(stranger, key.credentialId(), "mine now")).isFalse();
    assertThat(repository.delete(stranger, key.credentialId())).isFalse();
    assertThat(repository.rename(account, key.credentialId(), "work phone")).isTrue();
    assertThat(repository.findByCredentialId(key.credentialId()).orElseThrow().name())
        .isEqualTo("work phone");
    assertThat(repository.delete(account, key.credentialId())).isTrue();
    assertThat(repository.findByCredentialId(key.credentialId())).isEmpty();
    assertThat(repository.delete(account, key.credentialId())).isFalse();
  }
}
