package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** E-mail verification tokens in memory, for tests. Thread-safe. */
public final class InMemoryEmailVerificationRepository implements EmailVerificationRepository {
  private final Map<String, EmailVerification> byHash = new LinkedHashMap<>();

  @Override
  public synchronized void insert(EmailVerification verification) {
    if (byHash.putIfAbsent(verification.tokenHash(), verification) != null) {
      throw new IllegalStateException("duplicate verification token hash");
    }
  }

  @Override
  public synchronized Optional<EmailVerification> findByTokenHash(String tokenHash) {
    return Optional.ofNullable(byHash.get(tokenHash));
  }

  @Override
  public synchronized Optional<Instant> liveUntil(AccountId account, Instant now) {
    return byHash.values().stream()
        .filter(v -> v.account().equals(account) && v.usedAt() == null)
        .map(EmailVerification::expiresAt)
        .filter(now::isBefore)
        .max(Instant::compareTo);
  }

  @Override
  public synchronized boolean markUsed(String tokenHash, Instant at) {
    EmailVerification v = byHash.get(tokenHash);
    if (v == null || v.usedAt() != null) {
      return false;
    }
    byHash.put(
        tokenHash,
        new EmailVerification(v.tokenHash(), v.account(), v.createdAt(), v.expiresAt(), at));
    return true;
  }

  public synchronized List<EmailVerification> all() {
    return List.copyOf(byHash.values());
  }
}
