package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link EmailVerificationRepository} keeps. */
public abstract class EmailVerificationRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected EmailVerificationRepository repository;

  protected abstract EmailVerificationRepository newRepository();

  /** Creates an account that verifications may belong to and returns its id. */
  protected abstract AccountId existingAccount();

  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private EmailVerification inserted() {
    EmailVerification verification =
        new EmailVerification(
            (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
            existingAccount(),
            T0,
            T0.plus(Duration.ofHours(24)),
            null);
    repository.insert(verification);
    return verification;
  }

  @Test
  void findsAnInsertedVerificationByTokenHash() {
    EmailVerification verification = inserted();

    assertThat(repository.findByTokenHash(verification.tokenHash())).contains(verification);
  }

  @Test
  void findsNothingForUnknownTokenHash() {
    assertThat(repository.findByTokenHash("f".repeat(64))).isEmpty();
  }

  @Test
  void marksUsedOnceAndRecordsWhen() {
    EmailVerification verification = inserted();

    assertThat(repository.markUsed(verification.tokenHash(), T0.plusSeconds(5))).isTrue();
    assertThat(repository.markUsed(verification.tokenHash(), T0.plusSeconds(6))).isFalse();

    assertThat(repository.findByTokenHash(verification.tokenHash()).orElseThrow().usedAt())
        .isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void markingAnUnknownTokenUsedReturnsFalse() {
    assertThat(repository.markUsed("e".repeat(64), T0)).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentUsesSucceeds() throws Exception {
    EmailVerification verification = inserted();

    List<Boolean> used =
        Concurrently.run(
            8,
            () ->
                transactions()
                    .inTransaction(() -> repository.markUsed(verification.tokenHash(), T0)));

    assertThat(used).containsOnlyOnce(true);
  }

  @Test
  void usingOneTokenLeavesTheAccountsOtherTokensUnused() {
    EmailVerification first = inserted();
    EmailVerification second = inserted();

    repository.markUsed(first.tokenHash(), T0);

    assertThat(repository.findByTokenHash(second.tokenHash()).orElseThrow().usedAt()).isNull();
  }

  private EmailVerification insertedFor(AccountId account, Instant expiresAt) {
    EmailVerification verification =
        new EmailVerification(
            (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
            account,
            T0,
            expiresAt,
            null);
    repository.insert(verification);
    return verification;
  }

  @Test
  void tellsTheLatestExpiryAmongTheAccountsUnusedLiveTokens() {
    AccountId account = existingAccount();
    insertedFor(account, T0.plusSeconds(100));
    insertedFor(account, T0.plusSeconds(300));
    insertedFor(existingAccount(), T0.plusSeconds(900));

    assertThat(repository.liveUntil(account, T0)).contains(T0.plusSeconds(300));
  }

  @Test
  void hasNoLiveLinkWhenEveryTokenIsUsedOrExpired() {
    AccountId account = existingAccount();
    insertedFor(account, T0.plusSeconds(100));
    EmailVerification used = insertedFor(account, T0.plusSeconds(300));
    repository.markUsed(used.tokenHash(), T0.plusSeconds(1));

    assertThat(repository.liveUntil(account, T0.plusSeconds(50))).contains(T0.plusSeconds(100));
    assertThat(repository.liveUntil(account, T0.plusSeconds(100))).isEmpty();
    assertThat(repository.liveUntil(existingAccount(), T0)).isEmpty();
  }
}
