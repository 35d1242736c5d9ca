package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.util.List;
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
    return passkey(owner, name, seconds, 7);
  }

  private Passkey passkey(AccountId owner, String name, long seconds, long signCount) {
    return new Passkey(
        UUID.randomUUID().toString().replace("-", ""),
        owner,
        name,
        new byte[] {1, 2, 3, 4},
        signCount,
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
  void recordsAUseWhoseCounterGrew() {
    Passkey key = passkey(account, "phone", 0);
    repository.insert(key);

    assertThat(repository.recordUse(key.credentialId(), 12, true, true, T0.plusSeconds(60)))
        .isTrue();

    Passkey used = repository.findByCredentialId(key.credentialId()).orElseThrow();
    assertThat(used.signCount()).isEqualTo(12);
    assertThat(used.backedUp()).isTrue();
    assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void refusesAUseWhoseCounterDidNotGrowAndChangesNothing() {
    Passkey key = passkey(account, "phone", 0);
    repository.insert(key);
    repository.recordUse(key.credentialId(), 12, true, true, T0.plusSeconds(60));

    assertThat(repository.recordUse(key.credentialId(), 12, true, false, T0.plusSeconds(70)))
        .isFalse();
    assertThat(repository.recordUse(key.credentialId(), 9, true, false, T0.plusSeconds(80)))
        .isFalse();
    assertThat(repository.recordUse(key.credentialId(), 0, true, false, T0.plusSeconds(90)))
        .as("no counter after a counter")
        .isFalse();

    Passkey kept = repository.findByCredentialId(key.credentialId()).orElseThrow();
    assertThat(kept.signCount()).isEqualTo(12);
    assertThat(kept.backedUp()).isTrue();
    assertThat(kept.lastUsedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void acceptsEveryUseOfAnAuthenticatorWithoutACounter() {
    Passkey key = passkey(account, "synced", 0, 0);
    repository.insert(key);

    assertThat(repository.recordUse(key.credentialId(), 0, true, true, T0.plusSeconds(60)))
        .isTrue();
    assertThat(repository.recordUse(key.credentialId(), 0, true, true, T0.plusSeconds(70)))
        .isTrue();
    assertThat(repository.findByCredentialId(key.credentialId()).orElseThrow().lastUsedAt())
        .isEqualTo(T0.plusSeconds(70));
  }

  @Test
  void refusesAUseOfAnUnknownPasskey() {
    assertThat(repository.recordUse("unknown", 1, true, true, T0)).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentUsesWithTheSameCounterWins() throws Exception {
    Passkey key = passkey(account, "phone", 0);
    repository.insert(key);

    List<Boolean> uses =
        Concurrently.run(
            8,
            () ->
                transactions()
                    .inTransaction(
                        () -> repository.recordUse(key.credentialId(), 13, true, true, T0)));

    assertThat(uses).containsOnlyOnce(true);
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
