package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link AccountRepository} keeps. Subclasses supply a repository (sharing storage
 * between tests is fine: every test uses fresh addresses and ids).
 */
public abstract class AccountRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected AccountRepository repository;

  protected abstract AccountRepository newRepository();

  /** Runs each racing call in its own unit of work; direct by default. */
  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  protected static EmailAddress freshEmail() {
    return new EmailAddress("user-" + UUID.randomUUID() + "@example.com");
  }

  protected static Account anAccount(EmailAddress email) {
    return new Account(new AccountId(UUID.randomUUID()), email, "$argon2id$hash", T0, null, T0);
  }

  @Test
  void findsAnInsertedAccountByIdAndByEmail() {
    Account account = anAccount(freshEmail());

    assertThat(repository.insertIfEmailFree(account)).isTrue();

    assertThat(repository.findById(account.id())).contains(account);
    assertThat(repository.findByEmail(account.email())).contains(account);
  }

  @Test
  void findsNothingForUnknownIdOrEmail() {
    assertThat(repository.findById(new AccountId(UUID.randomUUID()))).isEmpty();
    assertThat(repository.findByEmail(freshEmail())).isEmpty();
  }

  @Test
  void refusesSecondAccountWithTakenEmailAndKeepsTheFirst() {
    EmailAddress email = freshEmail();
    Account first = anAccount(email);
    Account second = anAccount(email);
    repository.insertIfEmailFree(first);

    assertThat(repository.insertIfEmailFree(second)).isFalse();

    assertThat(repository.findByEmail(email)).contains(first);
    assertThat(repository.findById(second.id())).isEmpty();
  }

  @Test
  void insertsExactlyOneOfConcurrentAccountsWithTheSameEmail() throws Exception {
    EmailAddress email = freshEmail();

    List<Boolean> inserted =
        Concurrently.run(
            8,
            () ->
                transactions().inTransaction(() -> repository.insertIfEmailFree(anAccount(email))));

    assertThat(inserted).containsOnlyOnce(true);
    assertThat(repository.findByEmail(email)).isPresent();
  }

  @Test
  void marksEmailVerifiedAtTheGivenTime() {
    Account account = anAccount(freshEmail());
    repository.insertIfEmailFree(account);

    repository.markEmailVerified(account.id(), T0.plusSeconds(60));

    Account stored = repository.findById(account.id()).orElseThrow();
    assertThat(stored.emailVerified()).isTrue();
    assertThat(stored.emailVerifiedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void changesPasswordHashAndChangeTime() {
    Account account = anAccount(freshEmail());
    repository.insertIfEmailFree(account);

    repository.changePassword(account.id(), "$argon2id$other", T0.plusSeconds(5));

    Account stored = repository.findById(account.id()).orElseThrow();
    assertThat(stored.passwordHash()).isEqualTo("$argon2id$other");
    assertThat(stored.passwordChangedAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void rehashKeepsThePasswordChangeTime() {
    Account account = anAccount(freshEmail());
    repository.insertIfEmailFree(account);

    repository.rehashPassword(account.id(), "$argon2id$stronger");

    Account stored = repository.findById(account.id()).orElseThrow();
    assertThat(stored.passwordHash()).isEqualTo("$argon2id$stronger");
    assertThat(stored.passwordChangedAt()).isEqualTo(T0);
  }

  @Test
  void replacesTheHashOfAnUnverifiedAccountThatStillHasTheExpectedOne() {
    Account account = anAccount(freshEmail());
    repository.insertIfEmailFree(account);

    assertThat(
            repository.replaceUnverifiedPassword(
                account.id(), account.passwordHash(), "$argon2id$new", T0.plusSeconds(9)))
        .isTrue();

    Account stored = repository.findById(account.id()).orElseThrow();
    assertThat(stored.passwordHash()).isEqualTo("$argon2id$new");
    assertThat(stored.passwordChangedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(stored.emailVerified()).isFalse();
  }

  @Test
  void keepsTheHashOfAVerifiedAccountOrOfOneWhoseHashChanged() {
    Account verified = anAccount(freshEmail());
    repository.insertIfEmailFree(verified);
    repository.markEmailVerified(verified.id(), T0.plusSeconds(1));
    Account changed = anAccount(freshEmail());
    repository.insertIfEmailFree(changed);

    assertThat(
            repository.replaceUnverifiedPassword(
                verified.id(), verified.passwordHash(), "$argon2id$new", T0))
        .isFalse();
    assertThat(repository.replaceUnverifiedPassword(changed.id(), "$argon2id$other", "$x", T0))
        .isFalse();
    assertThat(repository.findById(verified.id()).orElseThrow().passwordHash())
        .isEqualTo(verified.passwordHash());
    assertThat(repository.findById(changed.id()).orElseThrow().passwordHash())
        .isEqualTo(changed.passwordHash());
  }

  @Test
  void replacesAnUnverifiedHashForExactlyOneOfConcurrentCallers() throws Exception {
    Account account = anAccount(freshEmail());
    repository.insertIfEmailFree(account);

    List<Boolean> replaced =
        Concurrently.run(
            8,
            () ->
                transactions()
                    .inTransaction(
                        () ->
                            repository.replaceUnverifiedPassword(
                                account.id(),
                                account.passwordHash(),
                                "$argon2id$" + UUID.randomUUID(),
                                T0)));

    assertThat(replaced).containsOnlyOnce(true);
  }
}
