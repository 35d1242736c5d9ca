package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import io.rampart.kernel.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link SessionRepository} keeps. */
public abstract class SessionRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
  private static final Duration IDLE = Duration.ofMinutes(15);
  private static final Duration LIFETIME = Duration.ofHours(12);

  protected SessionRepository repository;

  protected abstract SessionRepository newRepository();

  /** Creates an account that sessions may belong to and returns its id. */
  protected abstract AccountId existingAccount();

  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static Session aSession(AccountId account, Instant createdAt) {
    return new Session(
        new SessionId(UUID.randomUUID()),
        account,
        randomTokenHash(),
        createdAt,
        createdAt,
        createdAt.plus(IDLE),
        createdAt.plus(LIFETIME),
        "203.0.113.7",
        "Mozilla/5.0",
        null,
        null);
  }

  /** 64 hex digits, the shape of a SHA-256 hash. */
  protected static String randomTokenHash() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }

  private Session inserted(AccountId account, Instant createdAt) {
    Session session = aSession(account, createdAt);
    repository.insert(session);
    return session;
  }

  @Test
  void findsAnInsertedSessionByTokenHashAndById() {
    Session session = inserted(existingAccount(), T0);

    assertThat(repository.findByTokenHash(session.tokenHash())).contains(session);
    assertThat(repository.findById(session.id())).contains(session);
  }

  @Test
  void findsNothingForUnknownTokenHashOrId() {
    assertThat(repository.findByTokenHash("0".repeat(64))).isEmpty();
    assertThat(repository.findById(new SessionId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void keepsNullIpAddressAndUserAgent() {
    AccountId account = existingAccount();
    Session base = aSession(account, T0);
    Session session =
        new Session(
            base.id(),
            account,
            base.tokenHash(),
            T0,
            T0,
            base.idleExpiresAt(),
            base.expiresAt(),
            null,
            null,
            null,
            null);
    repository.insert(session);

    assertThat(repository.findById(session.id())).contains(session);
  }

  @Test
  void touchMovesLastSeenAndIdleExpiryOnly() {
    Session session = inserted(existingAccount(), T0);
    Instant later = T0.plusSeconds(120);

    repository.touch(session.id(), later, later.plus(IDLE));

    Session stored = repository.findById(session.id()).orElseThrow();
    assertThat(stored.lastSeenAt()).isEqualTo(later);
    assertThat(stored.idleExpiresAt()).isEqualTo(later.plus(IDLE));
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.expiresAt()).isEqualTo(session.expiresAt());
  }

  @Test
  void listsOnlyActiveSessionsOfTheAccountNewestFirst() {
    AccountId account = existingAccount();
    Session oldest = inserted(account, T0.minusSeconds(600));
    Session newest = inserted(account, T0.minusSeconds(60));
    Session middle = inserted(account, T0.minusSeconds(300));
    Session ended = inserted(account, T0.minusSeconds(30));
    repository.end(ended.id(), T0.minusSeconds(10), "signed-out");
    inserted(account, T0.minus(IDLE).minusSeconds(1));
    inserted(existingAccount(), T0.minusSeconds(5));

    List<Session> active = repository.findActive(account, T0);

    assertThat(active)
        .extracting(Session::id)
        .containsExactly(newest.id(), middle.id(), oldest.id());
    assertThat(repository.countActive(account, T0)).isEqualTo(3);
  }

  @Test
  void treatsSessionsAsExpiredAtTheirIdleOrAbsoluteEnd() {
    AccountId account = existingAccount();
    Session session = inserted(account, T0);
    repository.touch(session.id(), T0.plus(LIFETIME).minusSeconds(60), T0.plus(LIFETIME));

    assertThat(repository.countActive(account, T0.plus(LIFETIME).minusSeconds(1))).isEqualTo(1);
    assertThat(repository.countActive(account, T0.plus(LIFETIME))).isZero();
    assertThat(repository.countActive(account, T0.plus(IDLE))).isEqualTo(1);
    assertThat(repository.findActive(account, T0.plus(LIFETIME))).isEmpty();
  }

  @Test
  void endsASessionOnceWithItsTimeAndReason() {
    Session session = inserted(existingAccount(), T0);

    assertThat(repository.end(session.id(), T0.plusSeconds(1), "signed-out")).isTrue();
    assertThat(repository.end(session.id(), T0.plusSeconds(2), "revoked")).isFalse();

    Session stored = repository.findById(session.id()).orElseThrow();
    assertThat(stored.endedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(stored.endReason()).isEqualTo("signed-out");
  }

  @Test
  void endingAnUnknownSessionReturnsFalse() {
    assertThat(repository.end(new SessionId(UUID.randomUUID()), T0, "revoked")).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentEndsSucceeds() throws Exception {
    Session session = inserted(existingAccount(), T0);

    List<Boolean> ended =
        Concurrently.run(
            8,
            () -> transactions().inTransaction(() -> repository.end(session.id(), T0, "revoked")));

    assertThat(ended).containsOnlyOnce(true);
  }

  @Test
  void endsAllButTheKeptSessionAndCountsOnlyThoseItEnded() {
    AccountId account = existingAccount();
    Session keep = inserted(account, T0);
    Session other = inserted(account, T0.plusSeconds(1));
    Session alreadyEnded = inserted(account, T0.plusSeconds(2));
    repository.end(alreadyEnded.id(), T0.plusSeconds(3), "signed-out");
    Session strangers = inserted(existingAccount(), T0);

    int ended = repository.endAllExcept(account, keep.id(), T0.plusSeconds(10), "password-changed");

    assertThat(ended).isEqualTo(1);
    assertThat(repository.findById(other.id()).orElseThrow().endReason())
        .isEqualTo("password-changed");
    assertThat(repository.findById(keep.id()).orElseThrow().endedAt()).isNull();
    assertThat(repository.findById(alreadyEnded.id()).orElseThrow().endReason())
        .isEqualTo("signed-out");
    assertThat(repository.findById(strangers.id()).orElseThrow().endedAt()).isNull();
  }

  @Test
  void endsEverySessionWhenNoneIsKept() {
    AccountId account = existingAccount();
    inserted(account, T0);
    inserted(account, T0.plusSeconds(1));

    assertThat(repository.endAllExcept(account, null, T0.plusSeconds(5), "revoked")).isEqualTo(2);
    assertThat(repository.countActive(account, T0.plusSeconds(6))).isZero();
  }

  @Test
  void concurrentEndAllCallsEndEachSessionOnce() throws Exception {
    AccountId account = existingAccount();
    for (int i = 0; i < 5; i++) {
      inserted(account, T0.plusSeconds(i));
    }

    List<Integer> counts =
        Concurrently.run(
            4,
            () ->
                transactions()
                    .inTransaction(() -> repository.endAllExcept(account, null, T0, "revoked")));

    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
  }
}
